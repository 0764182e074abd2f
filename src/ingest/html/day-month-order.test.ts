import { describe, expect, it } from 'vitest';
import { dateOrderEvidence, readWithPageOrder } from './day-month-order.js';
import { dateFromUrl, parseDate } from './parse-date.js';

const read = (raw: string, pageText: string, monthFirst: boolean, extraDays: string[] = []) =>
  readWithPageOrder(raw, () => dateOrderEvidence(pageText, extraDays), monthFirst);

describe('readWithPageOrder', () => {
  it('takes the reading the page also writes unambiguously', () => {
    // WCXB 0429: "02-12-2025" under the headline, "December 02, 2025" in the related list.
    const page = 'Reflections, part 2 \n 02-12-2025 \n Related \n Part 1 December 02, 2025';
    expect(read('02-12-2025', page, true)).toBe('2025-12-02');
    expect(read('02-12-2025', 'Reflections \n 02-12-2025', true)).toBe('2025-02-12');
  });

  it('follows the page’s other numeric dates, then its written convention', () => {
    expect(read('03/10/2023', 'Comments: 25/10/2023, 28/10/2023', true)).toBe('2023-10-03');
    expect(read('03/10/2023', 'Comments: 10/25/2023', false)).toBe('2023-03-10');
    // WCXB 4690: a UK site on lang="en"; its related posts read "13 October 2023".
    expect(read('03/10/2023', 'Related - 13 October 2023', true)).toBe('2023-10-03');
  });

  it('uses the URL day as evidence', () => {
    expect(read('03/10/2023', '', true, ['2023-10-03'])).toBe('2023-10-03');
  });

  it('leaves unambiguous strings alone', () => {
    expect(read('25/10/2023', 'October 3, 2023', true)).toBe('2023-10-25');
    expect(read('05/05/2023', '', true)).toBe('2023-05-05');
  });
});

describe('dateFromUrl', () => {
  it('reads month names in the path', () => {
    expect(
      dateFromUrl('https://www.wsetglobal.com/knowledge-centre/blog/2023/october/03/wine-types/'),
    ).toBe('2023-10-03');
    expect(dateFromUrl('https://example.com/2023/spring/03/x')).toBeNull();
  });
});

describe('parseDate: year first, month by name', () => {
  it('reads the Highwire citation_publication_date form', () => {
    // WCXB 4055, 4063 (PubMed Central): <meta name="citation_publication_date" content="2023 Jan 7">.
    expect(parseDate('2023 Jan 7')).toBe('2023-01-07');
    expect(parseDate('2024 Jun 30')).toBe('2024-06-30');
    expect(parseDate('2023 Jan')).toBeNull();
    expect(parseDate('2023 Foo 7')).toBeNull();
  });
});
