/**
 * The rules' name candidates reconciled with the statistical tagger's spans. The tagger
 * decides boundaries and types; the rules keep what they alone know: roles and honorifics
 * around a name, and role-only mentions.
 *
 *   text:    US President Donald Trump ’s  … the BBC Musk  …  EU
 *   rules:   [role "US President" | name "Donald Trump"]  [name "BBC Musk"]  (none)
 *   tagger:  [LOC]                  [PER        ]       [ORG][PER]       [ORG]
 *   result:  US/place, Donald Trump/person + role, BBC/org, Musk/person, EU/org
 *
 * A rule candidate the tagger does not tag is dropped unless an honorific or a role marks it
 * as a person ("Mr Streeting"); a tagged span no candidate covers becomes a new candidate.
 */
import type { NameCandidate } from './candidates.js';
import { HONORIFICS } from './lexicon.js';
import { isRoleHead } from './roles.js';
import type { TaggedSpan } from './tagger/tag-entities.js';

export interface TaggedCandidate {
  candidate: NameCandidate;
  /** The tagger's confidence per type, or null where only the rules found the mention. */
  tagged: TaggedSpan['confidence'] | null;
}

/** Where the name proper starts: after the honorific ("Sir |Keir Starmer"). */
function nameStart(text: string, candidate: NameCandidate): number {
  if (!candidate.honorific) return candidate.start;
  const at = text.indexOf(candidate.name[0]!, candidate.start + candidate.honorific.length);
  return at < 0 ? candidate.start : at;
}

/** The lower-cased word right before `start` on the same line, or '' at a line start. */
function wordBefore(text: string, start: number): string {
  const line = text.slice(Math.max(0, text.lastIndexOf('\n', start - 1) + 1), start);
  return /([\p{L}\p{N}.]+)\s*$/u.exec(line)?.[1]?.toLowerCase() ?? '';
}

/** A candidate for a tagged span, with a leading honorific split off ("Mr Musk"). */
function fromSpan(
  text: string,
  span: TaggedSpan,
  kept: Partial<NameCandidate> = {},
): NameCandidate {
  let words = text.slice(span.start, span.end).split(/\s+/);
  let honorific = kept.honorific ?? null;
  if (words.length > 1 && HONORIFICS.has(words[0]!.toLowerCase().replace(/\.$/, ''))) {
    honorific = words[0]!.replace(/\.$/, '');
    words = words.slice(1);
  }
  const before = wordBefore(text, span.start);
  return {
    start: kept.start ?? span.start,
    end: span.end,
    name: words,
    honorific,
    role: kept.role ?? null,
    before: kept.before ?? before,
    initial: kept.initial ?? before === '',
  };
}

/**
 * Tagged spans that touch inside one capitalised run are one name: "Elon/ORG Musk/PER" and
 * "Greater/PER Manchester Police/ORG" are greedy-decoding slips (CoNLL-2003 gold has 167
 * touching entities in 34,000, nearly all a nationality before a name, which stays split).
 * The merged span takes the type of its last part, the head of an English name.
 */
/** Marks every span it is given as used by the current candidate. */
function mergeAdjacent(text: string, spans: TaggedSpan[], used: Set<TaggedSpan>): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    used.add(span);
    const last = out[out.length - 1];
    const touching = last && text.slice(last.end, span.start) === ' ';
    if (touching && last.type !== 'MISC' && span.type !== 'MISC') {
      out[out.length - 1] = { ...span, start: last.start };
      continue;
    }
    out.push(span);
  }
  return out;
}

/** Portfolios of ministers and secretaries: "Health" in "Health Secretary" is no entity. */
const PORTFOLIOS = new Set(
  (
    'health home foreign justice defence defense education transport culture environment ' +
    'energy business trade finance interior housing security safeguarding welfare work ' +
    'agriculture economy immigration policing science digital'
  ).split(' '),
);

function qualifiesRole(text: string, span: TaggedSpan): boolean {
  const word = text.slice(span.start, span.end).toLowerCase();
  const next = /^ ([\p{L}.-]+)/u.exec(text.slice(span.end))?.[1] ?? '';
  return PORTFOLIOS.has(word) && isRoleHead(next);
}

export function reconcileWithTagger(
  text: string,
  candidates: readonly NameCandidate[],
  spans: readonly TaggedSpan[],
): TaggedCandidate[] {
  const used = new Set<TaggedSpan>();
  const out: TaggedCandidate[] = [];
  for (const candidate of candidates) {
    if (candidate.name.length === 0) {
      out.push({ candidate, tagged: null });
      continue;
    }
    const from = nameStart(text, candidate);
    const overlapping = mergeAdjacent(
      text,
      spans.filter((span) => span.start < candidate.end && from < span.end && !used.has(span)),
      used,
    );
    if (overlapping.length === 0) {
      if (candidate.honorific || candidate.role) out.push({ candidate, tagged: null });
      continue;
    }
    const only = overlapping.length === 1 ? overlapping[0]! : null;
    if (only && only.start > from && only.end === candidate.end && candidate.initial) {
      // The tagger found the head of a sentence-initial run but doubted its capitalised first
      // word: "Wells Fargo just announced" is one organisation, not "Fargo".
      overlapping[0] = { ...only, start: from };
    }
    overlapping.forEach((span, index) => {
      const marked = index === 0 && (candidate.honorific !== null || candidate.role !== null);
      if (marked && (span.type === 'PER' || span.start >= from)) {
        // Role and honorific stay with the name (the tagger seldom includes them) and vote
        // for a person in classify.ts.
        const clipped = { ...span, start: Math.max(span.start, from) };
        const start =
          candidate.honorific && clipped.start === from ? candidate.start : clipped.start;
        out.push({
          candidate: fromSpan(text, clipped, { ...candidate, start }),
          tagged: span.confidence,
        });
        return;
      }
      // Anything else follows the tagger: "General Motors" is not General + Motors.
      out.push({ candidate: fromSpan(text, span), tagged: span.confidence });
    });
  }
  for (const span of spans) {
    if (used.has(span) || qualifiesRole(text, span)) continue;
    out.push({ candidate: fromSpan(text, span), tagged: span.confidence });
  }
  return out.sort((a, b) => a.candidate.start - b.candidate.start);
}
