import { describe, expect, it } from 'vitest';
import { reconcileDates, sameEventDay, type DateCandidate } from './published-date.js';

const candidate = (source: string, value: string, confidence: number): DateCandidate => ({
  source,
  value,
  day: value.slice(0, 10),
  confidence,
});

describe('sameEventDay', () => {
  it('holds when some zone from UTC-12 to UTC+14 puts the instant on the day', () => {
    expect(sameEventDay('2025-12-02T23:00:55+00:00', '2025-12-03')).toBe(true); // UTC+1 and east
    expect(sameEventDay('2021-12-10T02:17:00+00:00', '2021-12-09')).toBe(true); // the Americas
    expect(sameEventDay('2025-12-18T19:05:00-08:00', '2025-12-19')).toBe(true);
    // 22:02 UTC on the 19th is the 19th or the 20th everywhere.
    expect(sameEventDay('2025-12-19T22:02:58Z', '2025-12-18')).toBe(false);
    // No offset: the instant is unknown.
    expect(sameEventDay('2025-12-19T22:02:58', '2025-12-19')).toBe(false);
  });
});

describe('reconcileDates', () => {
  it('a printed revision date outranks a JSON-LD publish date no other source confirms', () => {
    // WCXB 0268: JSON-LD kept 2019 through rewrites; the page prints "Updated Sep 17, 2025".
    const lone = reconcileDates([
      candidate('visible:updated', '2025-09-17', 0.88),
      candidate('jsonLd', '2019-08-14T13:00:00Z', 0.95),
    ]);
    expect(lone.published).toBe('2025-09-17');
    // With the CMS's own OpenGraph tag the publish date stands, even on another day (WCXB 0057).
    const confirmed = reconcileDates([
      candidate('visible:updated', '2025-12-17', 0.88),
      candidate('jsonLd', '2025-12-01', 0.95),
      candidate('meta:article:published_time', '2022-05-26T10:00:00Z', 0.9),
    ]);
    expect(confirmed.published).toBe('2025-12-01');
  });

  it('keeps a printed day that no zone can reconcile with the timestamp', () => {
    // WCXB 0386: Webflow's last-publish time is not the article's day.
    const result = reconcileDates([
      candidate('visible', '2025-12-18', 0.97),
      candidate('jsonLd', '2025-12-19T22:02:58Z', 0.95),
    ]);
    expect(result.published).toBe('2025-12-18');
  });

  it('a "Posted on" day yields to the CMS timestamp of the same event', () => {
    // WCXB 4557: printed 24 January, published 21:08 UTC on the 23rd.
    const result = reconcileDates([
      candidate('labelled', '2017-01-24', 0.98),
      candidate('visible', '2017-01-24', 0.97),
      candidate('meta:article:published_time', '2017-01-23T21:08:14+00:00', 0.9),
    ]);
    expect(result.published).toBe('2017-01-23T21:08:14+00:00');
  });

  it('keeps the printed day when the URL, written on the publisher’s day, agrees', () => {
    // WCXB 0481: /2025/12/18/ and "December 18, 2025" against 03:05 UTC on the 19th.
    const result = reconcileDates([
      candidate('visible', '2025-12-18', 0.97),
      candidate('meta:article:published_time', '2025-12-19T03:05:00+00:00', 0.9),
      candidate('time', '2025-12-18T19:05:00-08:00', 0.7),
      candidate('url', '2025-12-18', 0.7),
    ]);
    expect(result.published?.slice(0, 10)).toBe('2025-12-18');
  });

  it('breaks a full tie with the earlier day (first publication)', () => {
    // WCXB 4512: "published-time" is a re-publication, "published-date" the first.
    const result = reconcileDates([
      candidate('meta:published-time', '2026-03-09T08:45:32Z', 0.8),
      candidate('meta:published-date', '2021-02-16', 0.8),
    ]);
    expect(result.published).toBe('2021-02-16');
  });

  it('a "Published on" label elsewhere yields to the date line the CMS agrees with', () => {
    // WCXB 0397: an embedded news item carries its own "Published on May 02, 2024".
    const result = reconcileDates([
      candidate('visible', '2025-12-20', 0.97),
      candidate('labelled', '2024-05-02', 0.98),
      candidate('jsonLd', '2025-12-20', 0.95),
    ]);
    expect(result.published).toBe('2025-12-20');
    // Alone, the label still wins over the date line.
    expect(
      reconcileDates([
        candidate('visible', '2025-12-20', 0.97),
        candidate('labelled', '2024-05-02', 0.98),
      ]).published,
    ).toBe('2024-05-02');
  });

  it('structured dates that disagree are settled by the one the date line shows', () => {
    // WCXB 1821: JSON-LD keeps 2018; article:published_time and the date line say 2025-12-19.
    const result = reconcileDates([
      candidate('visible:updated', '2025-12-19', 0.88),
      candidate('jsonLd', '2018-04-03T16:50:31Z', 0.95),
      candidate('meta:article:published_time', '2025-12-19T18:06:00Z', 0.9),
    ]);
    expect(result.published).toBe('2025-12-19T18:06:00Z');
    // An "Updated" line against a lone JSON-LD date: see the revision-date test above.
  });
});
