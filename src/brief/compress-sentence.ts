/**
 * Sentence compression for the extractive summary (issue 6): delete the parts of a news
 * sentence that a neutral summary does not keep, the standard compressive-summarisation step
 * (Knight & Marcu 2002; Berg-Kirkpatrick et al. 2011 delete subtrees the same way). Rules only
 * ever DELETE spans, so the result is a subsequence of the source sentence: every content term
 * it keeps is the source's (citation containment stays 1), and it stays the outlet's wording.
 *
 *   kind     rule               example (deleted part in [brackets])
 *   linking  dateline           [WASHINGTON (AP) — ]The Senate voted …
 *            lead adverbial     [On Friday, ]the court ruled … / [However, ]the bill …
 *            lead conjunction   [But ]the vote failed …
 *   aside    head attribution   [According to the report, ]sales fell …
 *            parenthetical      The Department of Justice[ (DOJ)] said …
 *            attribution tail   Sales fell 3%[, the agency said on Tuesday]. / [, citing CNN].
 *   clause   tail clause        Florida reported 15,000 cases[, smashing the daily record …].
 *            dash aside / tail  The court allowed the ban[ — the strictest in the nation —] …
 *            relative clause    The Inquiry[, which published its report in 2022,] described …
 *            appositive         He urged Musk[, a close confidant of Trump,] to work …
 *            occasion phrase    [In a letter seen by the BBC, ]Phillips wrote …
 *
 * Which asides and clauses go is the story's call: the summary passes the cross-outlet support
 * of the span's words (sentence-features.ts), and a span is deleted only when the other outlets
 * barely use its words (≤ DEFAULT_MAX_SPAN_SUPPORT): what several outlets report stays.
 *
 * Guards, so a reader still gets a proper, honest sentence:
 *   - a quotation is never cut: no deletion inside quotation marks, none in a sentence opening
 *     with one, and a direct quote keeps its speaker (no tail after a closing quotation mark);
 *   - a comma an aside shares with a list, a continuation or an opening phrase stays, so
 *     deleting the aside cannot run two phrases together; a dash tail opening with "but"/"and"
 *     stays (the sentence turns on it); a lead phrase that limits the claim ("In California,")
 *     stays;
 *   - the result starts with a capital, ends with the source's final punctuation, and has a
 *     main clause; else, or when fewer than MIN_COMPRESSED_WORDS words are left, the source
 *     sentence is returned unchanged.
 */
import { words } from '../util/tokens.js';

/** Fewer words than this left after compression: keep the source sentence. Default 6. */
export const MIN_COMPRESSED_WORDS = 6;
/** Longest attribution tail or head removed, in words (longer ones carry content). */
const MAX_ATTRIBUTION_WORDS = 10;

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const DAYPART = '(?: (?:morning|afternoon|evening|night))?';

/** Sentence adverbials that link to the previous sentence or set the time, then a comma. */
const LEAD_ADVERBIAL_RE = new RegExp(
  '^(?:' +
    [
      'However|Meanwhile|Still|Instead|Now|Yet|So|Also|Additionally|Moreover|Furthermore',
      'In addition|Separately|Indeed|In fact|Of course|After all|As a result|Specifically',
      'For (?:instance|example)|In contrast|By contrast|At the same time|Previously|Earlier',
      'Later|Then|Finally|Ultimately|Overall|Notably|Nevertheless|Nonetheless|Similarly',
      'Likewise|Thus|Therefore|Plus|Today|Yesterday|Tonight|Currently|Recently|Initially',
      'Over the weekend|Within hours|So far|In the meantime|On the other hand|Elsewhere',
      `(?:(?:Early|Late|Earlier|Later) (?:on )?|On |This |Last )?${WEEKDAY}${DAYPART}`,
      `(?:Earlier|Later|Early|Late) (?:this|last|that) (?:week|month|year|weekend)`,
      '(?:Last|This|Earlier this|Later this|Next) (?:week|month|year|weekend|spring|summer|fall|autumn|winter)',
      `(?:On|In|By|Since|As of) ${MONTH}(?: \\d{1,2})?(?:, \\d{4})?`,
      `In (?:late |early |mid-)?${MONTH}(?: \\d{4})?`,
      'In recent (?:days|weeks|months|years)',
    ].join('|') +
    '),\\s+',
  'u',
);

/** A coordinating conjunction opening a sentence leans on the one before it. */
const LEAD_CONJUNCTION_RE = /^(?:But|And|Yet|So|Meanwhile|Still|Plus)\s+(?=\p{L})/u;

/** "WASHINGTON (AP) — " and "TUSCALOOSA, Ala. — " datelines. */
const DATELINE_RE = /^\p{Lu}[\p{Lu} ./'-]+(?:, [\p{L}.]+)?(?: \([^)]{1,20}\))?\s*[—–-]{1,2}\s+/u;

/** "According to the report, " opening a sentence. */
const HEAD_ATTRIBUTION_RE = /^According to ([^,“”"]+),\s+/u;

/** " (DOJ)", " (R-Texas)": asides in brackets. */
const PARENTHETICAL_RE = /\s+\([^()]{1,80}\)/u;

/** What may follow a reporting verb in a tail: when, where and to whom it was said. */
const TAIL_MODIFIER =
  `(?:\\s(?:(?:on |late |early |last |this )?(?:${WEEKDAY}${DAYPART}|week|month|year|weekend)|` +
  'in an? (?:statement|interview|press release|tweet|letter|report|post|email|memo|filing)' +
  '(?: [^,“”"]+)?|to [^,“”"]+|earlier|later|previously|recently))*';

const REPORTING_VERB =
  '(?:said|says|say|reported|reports|report|announced|added|noted|wrote|writes|confirmed|' +
  'explained|argued|claimed|stated|insisted|acknowledged|warned|told [^,“”"]+|has learned|' +
  'have learned)';

/** Words that make a "subject" a clause of its own (", which officials said was …"). */
const CLAUSE_WORD_RE =
  /\b(?:which|who|whom|whose|that|what|when|where|if|because|while|although|as)\b/iu;

/**
 * ", the agency said on Tuesday." / ", said Jane Doe, a spokeswoman." / ", according to CNN."
 * / ", citing officials.": an attribution or source tail after the reported content.
 */
const TAIL_RES: RegExp[] = [
  /,\s+according to [^“”"]+?(?=[.!]$)/u,
  /,\s+citing [^“”"]+?(?=[.!]$)/u,
  new RegExp(`,\\s+([^,“”"]{1,80}?)\\s${REPORTING_VERB}${TAIL_MODIFIER}(?=[.!]$)`, 'u'),
  /,\s+said [^“”"]+?(?=[.!]$)/u,
];

/** Quotation marks, straight or curly. */
const QUOTE_MARK_RE = /[“”"]/u;

/** Words that open a subordinate clause or phrase hanging off the end of a sentence. */
const TAIL_CLAUSE_RE = new RegExp(
  ',\\s+(?:(?:who|which|where|when|while|as|after|before|amid|with|despite|following|including)\\s|' +
    // a participle, told from an -ing noun ("clothing stores") by the word after it
    '\\p{Ll}+ing\\s(?=(?:the|a|an|his|her|their|its|that|to|in|on|at|for|with|from|it|him|them|up|out|more|\\d)\\b))' +
    '[^,“”"]+?(?=[.!]$)',
  'u',
);
/** " — an aside" closing a sentence; not "— but over who asks them", which the sentence turns on. */
const DASH_TAIL_RE =
  /\s+(?:[—–]|--)\s+(?!(?:and|but|or|nor|yet|not|so)\b)(?:(?!--)[^—–“”"]){1,160}?(?=[.!]$)/u;
/**
 * "After the vote, " / "In a statement on Friday, ": a phrase setting the time or occasion.
 * Not "In California, " or "Without seasonal adjustment, ": those limit what the rest claims.
 */
const LEAD_PHRASE_RE = new RegExp(
  '^(?:(?:After|Before|During|Following|Amid|Despite|Throughout|Within)\\s[^,“”"]{1,60}|' +
    'In an? (?:interview|statement|letter|tweet|speech|post|op-ed|memo|filing|news conference|' +
    'press conference|press release|video|appearance)[^,“”"]{0,50}|' +
    'At an? (?:news conference|press conference|rally|hearing|briefing|event|campaign)[^,“”"]{0,50}),\\s+',
  'u',
);
/** ", who …, " / ", which …, " inside a sentence. */
const RELATIVE_ASIDE_RE = /,\s+(?:who|which)\s[^,“”"]{1,80},(?=\s)/u;
/** "Jane Doe, a spokeswoman for the agency, said": an appositive after a name. */
const APPOSITIVE_RE = /(?<=\p{Lu}[\p{L}’'.-]*),\s+(?:a|an|the)\s[^,“”"]{1,60},(?=\s)/u;
/** " — an aside — " inside a sentence. */
const DASH_ASIDE_RE = /\s+(?:[—–]|--)\s+(?:(?!--)[^—–“”"]){1,100}?\s+(?:[—–]|--)(?=\s)/u;

const wordCount = (text: string): number => words(text).length;

const capitalise = (text: string): string =>
  text.replace(/^([^\p{L}\p{N}]*)(\p{Ll})/u, (_, before: string, letter: string) => {
    return before + letter.toUpperCase();
  });

/** A deletion: the text without the span, and the span (its words decide gated rules). */
interface Deletion {
  kept: string;
  deleted: string;
}

/** Delete the first span `re` matches; a span at the start leaves a capitalised sentence. */
function deleteMatch(text: string, re: RegExp): Deletion | null {
  const match = re.exec(text);
  if (!match) return null;
  const kept = text.slice(0, match.index) + text.slice(match.index + match[0].length);
  return { kept: match.index === 0 ? capitalise(kept) : kept, deleted: match[0] };
}

/**
 * Is `index` inside a quotation? Double marks pair up; a single ‘ opens and a ’ closes unless a
 * letter follows it (then it is an apostrophe: "Musk’s").
 */
export function insideQuote(text: string, index: number): boolean {
  const before = text.slice(0, index);
  if ((before.match(/[“”"]/gu) ?? []).length % 2 === 1) return true;
  const opened = (before.match(/‘/gu) ?? []).length;
  const closed = (before.match(/’(?!\p{L})/gu) ?? []).length;
  return opened > closed;
}

/** A span holding a quotation mark would cut a quotation. */
const HAS_QUOTE_RE = /[“”"‘]|’(?!\p{L})/u;

/** Delete the first attribution tail: only from reported speech, never a quote's speaker. */
function deleteAttributionTail(text: string): Deletion | null {
  if (/^[“‘"]/u.test(text)) return null;
  for (const re of TAIL_RES) {
    const match = re.exec(text);
    if (!match) continue;
    const before = text.slice(0, match.index);
    // `…,” she said.`: the tail names a direct quote's speaker; keep it.
    if (/[”"’]\s*$/u.test(before)) continue;
    if (wordCount(match[0]) > MAX_ATTRIBUTION_WORDS) continue;
    if (match[1] !== undefined && CLAUSE_WORD_RE.test(match[1])) continue;
    if (insideQuote(text, match.index)) continue;
    return { kept: before + text.slice(match.index + match[0].length), deleted: match[0] };
  }
  return null;
}

/** A clause or aside: never from inside a quotation, never a quote's own words. */
function deleteAside(text: string, re: RegExp): Deletion | null {
  const match = re.exec(text);
  if (!match || insideQuote(text, match.index) || HAS_QUOTE_RE.test(match[0])) return null;
  return deleteMatch(text, re);
}

/** Words that continue the phrase an aside interrupts: "girls, which …, including Rochdale". */
const CONTINUATION_RE = /^\s(?:including|such|as|like|and|or|but|who|which|where)\b/u;
/** Openers of a phrase that a comma closes: "In a flurry of posts on X, the platform he owns, …". */
const OPENING_PHRASE_RE =
  /^(?:In|On|At|After|Before|During|Following|Amid|Despite|With|Without|Under|For|From|By|As|While|When|Since|Through|Throughout|Within|Among)\s/u;

/**
 * An aside between commas, unless its closing comma does other work: it opens a list item
 * ("orders, which shut down the state, closed businesses and limited gatherings, were …"),
 * a continuation ("…, including Rochdale"), or also closes an opening phrase.
 */
function deleteCommaAside(text: string, re: RegExp): Deletion | null {
  const match = re.exec(text);
  if (!match) return null;
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  if (/^\s[^,]*\b(?:and|or)\b[^,]*,/u.test(after) || CONTINUATION_RE.test(after)) return null;
  if (OPENING_PHRASE_RE.test(before) && !before.includes(',')) return null;
  return deleteAside(text, re);
}

/**
 * A clause hanging off the end, unless it ends a list: in "victims, including child sexual
 * abuse, mandatory reporting, accelerating the processes" the last item only looks like one.
 */
function deleteTailClause(text: string, re: RegExp): Deletion | null {
  const match = re.exec(text);
  if (!match) return null;
  const segments = text.slice(0, match.index).split(/,\s/u);
  if (segments.length > 1 && wordCount(segments[segments.length - 1]!) <= 4) return null;
  return deleteAside(text, re);
}

/** Opens a subordinate clause: without a comma after it, what is left has no main clause. */
export const SUBORDINATE_OPENING_RE =
  /^(?:After|Before|If|Although|Though|While|When|As|Because|Since|Despite|Amid|Following|Unless|Until|Once|Whether)\b/u;

/**
 *   linking   always deleted: they lean on a sentence the summary does not show
 *   aside     deleted when its words have little support across the story (when a support
 *             function is given), else always: brackets and attribution rarely carry the gist
 *   clause    deleted only with a support function, and only when unsupported: a clause can
 *             be the news, and the other outlets' words tell which
 */
type RuleKind = 'linking' | 'aside' | 'clause';

const RULES: readonly {
  kind: RuleKind;
  /** Says who reported the content: kept unless `dropAttribution` is set. */
  attribution?: true;
  apply: (text: string) => Deletion | null;
}[] = [
  { kind: 'linking', apply: (text) => deleteMatch(text, DATELINE_RE) },
  { kind: 'linking', apply: (text) => deleteMatch(text, LEAD_ADVERBIAL_RE) },
  { kind: 'linking', apply: (text) => deleteMatch(text, LEAD_CONJUNCTION_RE) },
  {
    kind: 'aside',
    attribution: true,
    apply: (text) => {
      const match = HEAD_ATTRIBUTION_RE.exec(text);
      if (!match || wordCount(match[1]!) > MAX_ATTRIBUTION_WORDS || QUOTE_MARK_RE.test(match[0]))
        return null;
      return deleteMatch(text, HEAD_ATTRIBUTION_RE);
    },
  },
  { kind: 'aside', apply: (text) => deleteAside(text, PARENTHETICAL_RE) },
  { kind: 'aside', attribution: true, apply: deleteAttributionTail },
  { kind: 'clause', apply: (text) => deleteTailClause(text, TAIL_CLAUSE_RE) },
  { kind: 'clause', apply: (text) => deleteAside(text, DASH_ASIDE_RE) },
  // Only a sentence's single dash opens a tail: with two, the second closes an aside.
  {
    kind: 'clause',
    apply: (text) =>
      (text.match(/[—–]|--/gu) ?? []).length === 1 ? deleteAside(text, DASH_TAIL_RE) : null,
  },
  { kind: 'clause', apply: (text) => deleteCommaAside(text, RELATIVE_ASIDE_RE) },
  { kind: 'clause', apply: (text) => deleteCommaAside(text, APPOSITIVE_RE) },
  { kind: 'clause', apply: (text) => deleteMatch(text, LEAD_PHRASE_RE) },
];

export interface CompressOptions {
  /**
   * Support of a span's words across the story's other outlets, in [0, 1] (the summary passes
   * sentence-features' cross-outlet support). With it, asides and clauses are deleted when
   * their support is at most `maxSpanSupport`; without it, only linking words and asides are.
   * Default: none.
   */
  spanSupport?: (span: string) => number;
  /** Support at or below which a span is deleted. Default DEFAULT_MAX_SPAN_SUPPORT (1/3). */
  maxSpanSupport?: number;
  /**
   * Also delete who reported the content ("According to X, …", "…, officials said."). Default
   * false: a brief is read by fact-checkers, and a reported claim stripped of its source reads
   * as established fact in our voice; the ROUGE cost of keeping it is measured in CHANGELOG.
   */
  dropAttribution?: boolean;
}

/**
 * A span is deleted when, on average, at most a third of the other outlets use its words: on
 * NeuS, summary words no other outlet uses are in the human summary a quarter as often as words
 * every outlet uses (0.24 vs 0.85), so such spans are the ones a neutral summary leaves out.
 */
export const DEFAULT_MAX_SPAN_SUPPORT = 1 / 3;

function applyRules(text: string, options: CompressOptions): string {
  const maxSupport = options.maxSpanSupport ?? DEFAULT_MAX_SPAN_SUPPORT;
  let current = text;
  RULES.forEach((rule) => {
    if (rule.kind === 'clause' && !options.spanSupport) return;
    if (rule.attribution && !options.dropAttribution) return;
    const deletion = rule.apply(current);
    if (!deletion) return;
    if (rule.kind !== 'linking' && options.spanSupport) {
      if (options.spanSupport(deletion.deleted) > maxSupport) return;
    }
    current = deletion.kept;
  });
  return current;
}

/**
 * The sentence without its removable parts, or the sentence itself when compressing it would
 * not leave a proper sentence.
 *
 * @example
 * compressSentence('On Friday, the court ruled the law unconstitutional, officials said.');
 * // → 'The court ruled the law unconstitutional.'
 */
export function compressSentence(text: string, options: CompressOptions = {}): string {
  const source = text.trim();
  // A sentence that is (or opens with) a quotation is the speaker's words: never cut them.
  if (/^[“‘"]/u.test(source)) return text;
  let current = source;
  // Rules can expose each other ("However, according to X, …"): apply until nothing fires.
  for (let round = 0; round < 4; round++) {
    const next = applyRules(current, options);
    if (next === current) break;
    current = next;
  }
  if (current === source) return text;
  if (wordCount(current) < MIN_COMPRESSED_WORDS) return text;
  if (!/^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(current)) return text;
  if (!/[.!?…][”’"')\]]*$/u.test(current)) return text;
  if (SUBORDINATE_OPENING_RE.test(current) && !current.includes(',')) return text;
  return current;
}
