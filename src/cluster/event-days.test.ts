import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addProfile,
  dayLinkage,
  dayWeights,
  emptyDayProfile,
  eventDays,
  ownDayLinkage,
  profileLinkage,
} from './event-days.js';
import { StoryClusterer } from './story-clusterer.js';

const MONDAY = 1 << 0;
const TUESDAY = 1 << 1;
const FRIDAY = 1 << 4;
const weights = dayWeights();

/** Naive oracle: the mean of pairwise agreements, unit weekday vectors per member. */
function naiveAgreement(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  const bits = (mask: number) => [0, 1, 2, 3, 4, 5, 6].filter((day) => mask & (1 << day));
  const shared = bits(a).filter((day) => b & (1 << day)).length;
  const cosine = shared / Math.sqrt(bits(a).length * bits(b).length);
  return (weights.matchBonus + weights.conflictPenalty) * cosine - weights.conflictPenalty;
}

describe('eventDays', () => {
  it('reads the weekday of the event from the title and lead (NeuS headlines)', () => {
    expect(
      eventDays(
        'Pfizer says early analysis shows its Covid-19 vaccine is 90% effective.',
        'Drugmaker Pfizer said Monday an early look at data from its coronavirus vaccine shows it is more than 90% effective.',
      ),
    ).toBe(MONDAY);
    expect(
      eventDays(
        "Trump threatens to 'close the border permanently' amid heightened tensions.",
        'President Trump on Monday urged Mexico to deport Central American migrants.',
      ),
    ).toBe(MONDAY);
    expect(
      eventDays(null, 'The closely-watched special U.S. House election being held here Tuesday.'),
    ).toBe(TUESDAY);
  });

  it('does not take named days for dates, nor weekdays past the lead', () => {
    expect(eventDays('Biden sweeps Super Tuesday states.', 'Voters went to the polls.')).toBe(0);
    expect(eventDays(null, 'Shoppers lined up for Black Friday deals.')).toBe(0);
    const late = `${'The senator spoke at length about the bill. '.repeat(10)}She had met him on Friday.`;
    expect(eventDays(null, late)).toBe(0);
    expect(eventDays(null, late, late.length)).toBe(FRIDAY);
  });
});

describe('dayLinkage / profileLinkage', () => {
  it('rewards a shared weekday, penalises only-different ones, ignores undated members', () => {
    const fridays = emptyDayProfile();
    addDays(fridays, FRIDAY);
    addDays(fridays, FRIDAY);
    addDays(fridays, 0);
    // Two of three members agree; the undated one counts as neither.
    expect(dayLinkage(FRIDAY, fridays, 3, weights)).toBeCloseTo((2 * weights.matchBonus) / 3);
    expect(dayLinkage(MONDAY, fridays, 3, weights)).toBeCloseTo((-2 * weights.conflictPenalty) / 3);
    expect(dayLinkage(0, fridays, 3, weights)).toBe(0);
  });

  it('equals the mean pairwise agreement of two stories (naive oracle)', () => {
    const story = fc.array(fc.integer({ min: 0, max: 127 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(story, story, (a, b) => {
        const profileA = emptyDayProfile();
        const profileB = emptyDayProfile();
        for (const mask of a) addDays(profileA, mask);
        for (const mask of b) addDays(profileB, mask);
        let sum = 0;
        for (const x of a) for (const y of b) sum += naiveAgreement(x, y);
        const expected = sum / (a.length * b.length);
        expect(profileLinkage(profileA, a.length, profileB, b.length, weights)).toBeCloseTo(
          expected,
          9,
        );
        expect(dayLinkage(a[0]!, profileB, b.length, weights)).toBeCloseTo(
          b.reduce((total, y) => total + naiveAgreement(a[0]!, y), 0) / b.length,
          9,
        );
        // Leave-one-out: the first member against the rest of its own story.
        const rest = a.slice(1);
        expect(ownDayLinkage(a[0]!, profileA, a.length, weights)).toBeCloseTo(
          rest.length === 0
            ? 0
            : rest.reduce((total, y) => total + naiveAgreement(a[0]!, y), 0) / rest.length,
          9,
        );
        // Taking a member out again restores the profile (moves), merging adds (merges).
        const merged = emptyDayProfile();
        addProfile(merged, profileA);
        addProfile(merged, profileB);
        for (const mask of b) addDays(merged, mask, -1);
        expect(profileLinkage(merged, a.length, profileB, b.length, weights)).toBeCloseTo(
          expected,
          9,
        );
      }),
    );
  });
});

describe('StoryClusterer with event days', () => {
  // Two reports of Monday's border threat, and Friday's asylum order on the same topic.
  const monday = {
    id: 'threat-1',
    title: 'Trump threatens to close the border with Mexico',
    text: 'President Trump on Monday threatened to close the southern border with Mexico if migrants massed in Tijuana try to storm into the U.S., in a tweet aimed at the caravan.',
    published: null,
  };
  const mondayToo = {
    id: 'threat-2',
    title: 'Trump tells Mexico to ship migrants home or see border closed',
    text: 'President Trump on Monday told Mexico to deport Central American migrants massed in Tijuana, threatening to permanently close the southern border in a tweet.',
    published: null,
  };
  const friday = {
    id: 'asylum-order',
    title: 'Trump signs order on migrants at the southern border',
    text: 'President Trump on Friday signed an order barring migrants who cross the southern border with Mexico between ports of entry from claiming asylum, as a caravan nears Tijuana.',
    published: null,
  };

  it('keeps a same-topic report of another weekday apart, which words alone would join', () => {
    const withDays = new StoryClusterer({ refineEvery: 1 });
    const [a, b, c] = [monday, mondayToo, friday].map((input) => withDays.add(input).story);
    expect(b).toBe(a);
    expect(c).not.toBe(a);

    const wordsOnly = new StoryClusterer({
      refineEvery: 1,
      days: { matchBonus: 0, conflictPenalty: 0 },
    });
    const stories = [monday, mondayToo, friday].map((input) => wordsOnly.add(input).story);
    expect(new Set(stories).size).toBe(1);
  });

  it('keeps the weekdays of stories and window articles across snapshot and restore', () => {
    const clusterer = new StoryClusterer({ refineEvery: 1 });
    const first = clusterer.add(monday).story;
    clusterer.add(mondayToo);
    const resumed = StoryClusterer.restore(
      JSON.parse(JSON.stringify(clusterer.snapshot())) as ReturnType<StoryClusterer['snapshot']>,
      { refineEvery: 1 },
    );
    expect(resumed.add(friday).story).not.toBe(first);
  });
});
