/**
 * Day/month order of an ambiguous numeric date ("03/10/2023": 3 October or March 10?), read
 * from the page itself before falling back to its language: the same day written unambiguously
 * elsewhere (a related-posts list, the URL), else the order of the page's other numeric dates
 * ("25/10/2023" is day-first), else how it writes dates in words ("3 October 2023" is the
 * day-first convention, "October 3, 2023" the month-first one).
 */
import { parseDate } from './parse-date.js';
import { allDates } from './visible-date.js';

/** How a page writes its dates, counted over every date in its text. */
export interface DateOrderEvidence {
  /** Days the page writes unambiguously (ISO, month names, or a numeric part above 12). */
  days: Set<string>;
  dayFirst: number;
  monthFirst: number;
}

const NUMERIC_RE = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}$/;

/** Read the evidence from page text (and days known from elsewhere, such as the URL). */
export function dateOrderEvidence(pageText: string, extraDays: string[] = []): DateOrderEvidence {
  const evidence: DateOrderEvidence = { days: new Set(extraDays), dayFirst: 0, monthFirst: 0 };
  for (const found of allDates(pageText, false)) {
    const numeric = NUMERIC_RE.exec(found.text);
    if (numeric) {
      const first = Number(numeric[1]),
        second = Number(numeric[2]);
      if (first > 12) evidence.dayFirst++;
      else if (second > 12) evidence.monthFirst++;
      // Both parts 12 or under: ambiguous, it proves nothing.
      if (first <= 12 && second <= 12 && first !== second) continue;
    } else if (/^\d/.test(found.text) && /\p{L}{3}/u.test(found.text)) evidence.dayFirst++;
    else if (/^\p{L}/u.test(found.text)) evidence.monthFirst++;
    evidence.days.add(found.value.slice(0, 10));
  }
  return evidence;
}

/**
 * Read `raw` with the page's own day/month order. Unambiguous strings read as parseDate reads
 * them; ambiguous ones follow the evidence, and `monthFirst` (the page language) when it says
 * nothing.
 * @example readWithPageOrder('03/10/2023', evidenceOf('… 3 October 2023 …'), true) // '2023-10-03'
 */
export function readWithPageOrder(
  raw: string,
  evidence: () => DateOrderEvidence,
  monthFirst: boolean,
): string | null {
  const asMonthFirst = parseDate(raw, { monthFirst: true });
  const asDayFirst = parseDate(raw, { monthFirst: false });
  if (asMonthFirst === asDayFirst || !asMonthFirst || !asDayFirst)
    return parseDate(raw, { monthFirst });
  const page = evidence();
  const seenMonthFirst = page.days.has(asMonthFirst.slice(0, 10));
  const seenDayFirst = page.days.has(asDayFirst.slice(0, 10));
  if (seenMonthFirst !== seenDayFirst) return seenMonthFirst ? asMonthFirst : asDayFirst;
  if (page.dayFirst !== page.monthFirst)
    return page.dayFirst > page.monthFirst ? asDayFirst : asMonthFirst;
  return monthFirst ? asMonthFirst : asDayFirst;
}
