/**
 * Years spelled out, as broadcast transcripts write them: "nineteen ninety-six", "nineteen
 * seventy", "two thousand". The source is a regex fragment without capture groups, so month,
 * season and year rules can all embed it.
 */

const TENS = ['ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export const SPELLED_YEAR_SOURCE = `(?:nineteen[\\s-](?:${TENS.join('|')})(?:[\\s-](?:${ONES.join('|')}))?|two thousand)`;

/** 1910-1999 or 2000 for a spelled year, null for anything else. */
export function parseSpelledYear(text: string): number | null {
  const words = text.toLowerCase().split(/[\s-]+/);
  if (words.join(' ') === 'two thousand') return 2000;
  if (words[0] !== 'nineteen') return null;
  const tens = TENS.indexOf(words[1] ?? '') + 1;
  const ones = words[2] === undefined ? 0 : ONES.indexOf(words[2]) + 1;
  if (tens === 0 || (words[2] !== undefined && ones === 0)) return null;
  return 1900 + tens * 10 + ones;
}
