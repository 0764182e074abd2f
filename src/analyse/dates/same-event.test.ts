import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../types.js';
import { dateClause, mergeSameEvents } from './same-event.js';

// Sentences of the seed articles that carry "2022".
const JAY =
  'A national inquiry by Professor Alexis Jay concluded in 2022, and probes into Greater Manchester Police’s handling of historical child sex abuse cases in Manchester, Oldham and Rochdale have been carried out.';
const JAY_AGAIN =
  'Sir Keir’s Government is against launching another nationwide probe and has said it is working to implement recommendations from Professor Jay’s inquiry, which concluded in 2022.';
const REPORT =
  'The Independent Inquiry into Child Sex Abuse, which published its final report in 2022, described the sexual abuse of children as an “epidemic that leaves tens of thousands of victims in its poisonous wake”.';
const FINDINGS =
  'The letter highlighted the work of the Child Sexual Abuse Inquiry which published its final findings in 2022.';
const OLDHAM =
  'A 2022 report into safeguarding measures in Oldham between 2011 and 2014 found that children were failed by local agencies, but that there was no cover-up.';
const REQUEST =
  'The decision was criticised by several senior Tories, despite the previous Conservative government turning down a similar request in 2022.';

const entry = (text: string, sources: string[], date: string | null = '2022'): TimelineEntry => ({
  date,
  dateText: date ? '2022' : 'Sunday',
  resolved: date !== null,
  text,
  sources,
});

describe('dateClause', () => {
  it('keeps the content words around the date, not the rest of the sentence', () => {
    const clause = dateClause(JAY_AGAIN, '2022', 8);
    expect([...clause]).toEqual(expect.arrayContaining(['professor', 'jai', 'inquiri', 'conclud']));
    expect(clause.has('launch')).toBe(false);
  });
});

describe('mergeSameEvents on the seeds’ 2022 statements', () => {
  const events = [
    entry(JAY, ['000']),
    entry(REPORT, ['000', '001']),
    entry(REQUEST, ['001', '002']),
    entry(FINDINGS, ['002']),
    entry(OLDHAM, ['003']),
    entry(JAY_AGAIN, ['004']),
  ];
  const merged = mergeSameEvents(events);

  it('joins one event told in different words, keeping each wording with its own sources', () => {
    expect(merged.map((e) => e.text)).toEqual([JAY, REPORT, REQUEST, OLDHAM]);
    expect(merged[0]!.alsoReported).toEqual([{ text: JAY_AGAIN, sources: ['004'] }]);
    expect(merged[1]!.sources).toEqual(['000', '001']);
    expect(merged[1]!.alsoReported).toEqual([{ text: FINDINGS, sources: ['002'] }]);
  });

  it('keeps apart statements that only share the year or a word or two', () => {
    // The Oldham report shares "report" and "children" with the inquiry's report: not enough.
    expect(merged.find((e) => e.text === OLDHAM)!.alsoReported).toBeUndefined();
    expect(merged.find((e) => e.text === REQUEST)!.alsoReported).toBeUndefined();
  });

  it('never joins two statements of one article, other dates, or unresolved dates', () => {
    expect(mergeSameEvents([entry(JAY, ['000']), entry(JAY_AGAIN, ['000'])])).toHaveLength(2);
    expect(
      mergeSameEvents([entry(JAY, ['000']), { ...entry(JAY_AGAIN, ['004']), date: '2021' }]),
    ).toHaveLength(2);
    expect(
      mergeSameEvents([entry(JAY, ['000'], null), entry(JAY_AGAIN, ['004'], null)]),
    ).toHaveLength(2);
  });
});
