/**
 * The TIMEX tagger: every rule proposes extents, the longest non-overlapping ones win, and the
 * winners are resolved in reading order (so "the quarter" can refer to the last one named).
 * chrono-node then fills in formats the rules do not cover ("12/03/2024", "3rd of January").
 *
 *   text ──rules──▶ candidates ──longest first──▶ extents ──in order──▶ values
 *                                                      └──chrono for the gaps──┘
 */
import * as chrono from 'chrono-node';
import type { CivilDate } from './calendar.js';
import { formatDay, formatMonth } from './calendar.js';
import { inferYear, type ResolveContext } from './resolve.js';
import { moveReference, referenceFromAnchor } from './reference-time.js';
import { type Tense, governingTense } from './tense.js';
import { TIMEX_RULES, type TimexRule } from './timex-rules.js';
import type { Timex } from './timex.js';

export interface TagOptions {
  /** Document creation / publish date that relative expressions resolve against. Default: none. */
  anchor?: CivilDate | null;
  /** Ask chrono-node about text the rules left untagged. Default: `DEFAULT_USE_CHRONO`. */
  useChrono?: boolean;
}

export const DEFAULT_USE_CHRONO = true;

/**
 * Adverbial cues right before an expression that put it in the future whatever the verb:
 * "as soon as Tuesday", "as early as next week".
 */
const FUTURE_CUE = /\bas (?:soon|early) as\b/i;
/**
 * A deadline right before an expression: "must be returned by Jan. 14", "postponed until
 * Tuesday morning". Deadlines lie ahead of the report even when its verb is past, unless the
 * sentence is pluperfect ("had filed compliance reports by Wednesday") or says "not until"
 * (the day something finally happened).
 */
const DEADLINE_CUE = /(?<!\bnot\s)\b(?:until|till|by)\s+$/i;
const PLUPERFECT = /\bhad\b/i;
/** A period closed by the date that follows: "the fiscal year ended Jan. 31". */
const ENDED_CUE = /\bended\s+$/i;
/** How far before an expression `FUTURE_CUE` is looked for (characters). */
const CUE_WINDOW = 40;
interface Candidate {
  start: number;
  end: number;
  rule: TimexRule;
  order: number;
  groups: Record<string, string | undefined>;
}

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (
    to < text.length &&
    !/[!?\n]/.test(text[to]!) &&
    !(text[to] === '.' && /\s/.test(text[to + 1] ?? ' '))
  )
    to++;
  return [from, to];
}

/** The tense around an expression: an adverbial cue first, else the governing verb. */
function tenseAt(text: string, start: number, end: number, bounds: [number, number]): Tense | null {
  const before = text.slice(Math.max(bounds[0], start - CUE_WINDOW), start);
  if (FUTURE_CUE.test(before)) return 'future';
  if (DEADLINE_CUE.test(before) && !PLUPERFECT.test(text.slice(bounds[0], bounds[1])))
    return 'future';
  return governingTense(text.slice(bounds[0], bounds[1]), start - bounds[0], end - bounds[0]);
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  TIMEX_RULES.forEach((rule, order) => {
    for (const match of text.matchAll(rule.pattern)) {
      const exec = match as unknown as RegExpExecArray;
      if (rule.accept && !rule.accept(exec, text)) continue;
      const start = match.index ?? 0;
      out.push({ start, end: start + match[0].length, rule, order, groups: { ...match.groups } });
    }
  });
  return out;
}

/** Longest extent first, then the earliest, then the rule listed first. */
function selectExtents(all: Candidate[]): Candidate[] {
  const sorted = [...all].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order,
  );
  const chosen: Candidate[] = [];
  for (const candidate of sorted) {
    if (chosen.some((c) => candidate.start < c.end && c.start < candidate.end)) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * Tags the temporal expressions of a text.
 *
 * @example
 * tagTimexes('The billionaire on Thursday accused…', { anchor: { year: 2025, month: 1, day: 3 } })
 * // → [{ text: 'Thursday', type: 'DATE', value: '2025-01-02', relative: true, … }]
 */
export function tagTimexes(text: string, options: TagOptions = {}): Timex[] {
  const anchor = options.anchor ?? null;
  const out: Timex[] = [];
  let tense: () => Tense | null = () => null;
  // Tagging a sentence is the slow part: only rules that ask for the tense pay for it.
  const ctx: ResolveContext = {
    anchor,
    get future() {
      return tense() === 'future';
    },
    ended: false,
    sentence: '',
    lastQuarter: null,
    reference: referenceFromAnchor(anchor),
  };
  for (const candidate of selectExtents(candidates(text))) {
    const bounds = sentenceBounds(text, candidate.start, candidate.end);
    let cached: Tense | null | undefined;
    tense = () =>
      cached === undefined
        ? (cached = tenseAt(text, candidate.start, candidate.end, bounds))
        : cached;
    ctx.sentence = text.slice(bounds[0], bounds[1]).toLowerCase();
    ctx.ended = ENDED_CUE.test(
      text.slice(Math.max(0, candidate.start - CUE_WINDOW), candidate.start),
    );
    const resolution = candidate.rule.resolve(candidate.groups, ctx);
    if (!resolution) continue;
    if (resolution.type === 'DATE' || resolution.type === 'TIME')
      ctx.reference = moveReference(ctx.reference, resolution.value);
    out.push({
      text: text.slice(candidate.start, candidate.end),
      span: [candidate.start, candidate.end],
      type: resolution.type,
      value: resolution.value,
      relative: resolution.relative,
    });
  }
  if (options.useChrono ?? DEFAULT_USE_CHRONO) out.push(...chronoTimexes(text, anchor, out));
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** A month name, or a numeric date with a year ("12/03/2024", "3.1.25"). */
const WRITTEN_DATE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

const LEADING_PREPOSITION = /^(?:on|in|at|by|from|since|until|during|of)\s+/i;

/**
 * Calendar dates chrono finds where the rules found nothing. Only results naming a month (or a
 * clock time) are kept: chrono's guesses for bare words ("now", "8") are the rules' business.
 */
function chronoTimexes(text: string, anchor: CivilDate | null, taken: Timex[]): Timex[] {
  const reference = anchor
    ? new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day, 12))
    : new Date(Date.UTC(2000, 0, 1, 12));
  const out: Timex[] = [];
  for (const result of chrono.en.parse(text, { instant: reference, timezone: 0 })) {
    const lead = LEADING_PREPOSITION.exec(result.text)?.[0].length ?? 0;
    const start = result.index + lead;
    const end = result.index + result.text.length;
    if (taken.some((t) => start < t.span[1] && t.span[0] < end)) continue;
    const known = (key: chrono.Component): number | null =>
      result.start.isCertain(key) ? (result.start.get(key) ?? null) : null;
    const year = known('year');
    const month = known('month');
    const day = known('day');
    // Only written dates: chrono also reads "now" or "tonight" as fully known instants.
    // Only written calendar dates: chrono also reads "the day before" or "now" as fully known
    // instants, and fractions ("1/4") as days of a month.
    if (month === null || !WRITTEN_DATE.test(result.text)) continue;
    let value: string | null;
    let relative = false;
    if (year !== null)
      value = day !== null ? formatDay({ year, month, day }) : formatMonth(year, month);
    else {
      relative = true;
      const inferred = inferYear(month, day, null, {
        anchor,
        future: false,
        sentence: '',
        lastQuarter: null,
        reference: null,
      });
      value =
        inferred === null
          ? null
          : day !== null
            ? formatDay({ year: inferred, month, day })
            : formatMonth(inferred, month);
    }
    out.push({ text: text.slice(start, end), span: [start, end], type: 'DATE', value, relative });
  }
  return out;
}
