/**
 * What a TIMEX rule is, and the pattern and value helpers the rule families share. Extents
 * follow TimeML: determiners and modifiers ("the", "last", "early") are inside, prepositions
 * ("on", "in") are outside.
 */
import { formatDay } from '../calendar.js';
import { MONTHS, parseQuantity } from '../lexicon.js';
import type { ResolveContext } from '../resolve.js';
import type { TimexType } from '../timex.js';

export interface Resolution {
  type: TimexType;
  value: string | null;
  relative: boolean;
}

export interface TimexRule {
  name: string;
  pattern: RegExp;
  /** Rejects a match from its context before extents compete (e.g. "may" the verb). */
  accept?: (match: RegExpExecArray, text: string) => boolean;
  resolve: (groups: Record<string, string | undefined>, ctx: ResolveContext) => Resolution | null;
}

/** Wraps a pattern source in word boundaries that treat hyphens as part of a word. */
export const rx = (source: string, before = '(?<![\\w-])'): RegExp =>
  new RegExp(`${before}(?:${source})(?![\\w])`, 'gi');

export const MODIFIER = '(?:(?<mod>early|late|mid|the (?:end|beginning|start|middle) of)[\\s-]+)?';
export const APPROX =
  '(?:(?:more than|less than|nearly|almost|about|around|roughly|some|over|at least|up to|only|just)\\s+)?';

/** "a year and a half", "two hours and a half": the half is captured as `half`. */
export const AND_A_HALF = '(?<half>\\s+and\\s+a\\s+half)?';

/** The quantity of a duration match, plus the half "and a half" adds; null when vague. */
export function withHalf(groups: Record<string, string | undefined>): number | null {
  const quantity = parseQuantity(groups.quantity ?? '');
  return quantity === null ? null : quantity + (groups.half ? 0.5 : 0);
}

export const capitalised = (word: string | undefined): boolean => !!word && /^[A-Z]/.test(word);

/** 1-12 for a month name or abbreviation ("Sept."), 0 for anything else. */
export const monthNumber = (word: string | undefined): number =>
  MONTHS[(word ?? '').toLowerCase().replace('.', '')] ?? 0;

/** A value the text gives outright ("2024", "P2Y"). */
export const fixed = (type: TimexType, value: string | null): Resolution => ({
  type,
  value,
  relative: false,
});

/** A value that needed the anchor or the reference time. */
export const relative = (type: TimexType, value: string | null): Resolution => ({
  type,
  value,
  relative: true,
});

/** "YYYY-MM-DD", or null for a day no month has. */
export function checkedDay(year: number, month: number, day: number): string | null {
  if (day < 1 || day > 31 || month < 1) return null;
  return formatDay({ year, month, day });
}
