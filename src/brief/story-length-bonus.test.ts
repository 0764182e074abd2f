import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../test/seeds.js';
import { caseArticle } from '../../test/case-article.js';
import { alignSentences } from '../analyse/facts/index.js';
import { findReuse } from '../dedup/passage-reuse.js';
import type { AlignedGroup, CleanArticle } from '../types.js';
import { words } from '../util/tokens.js';
import {
  BASE_LENGTH_BONUS,
  LENGTH_BONUS_SLOPE,
  MAX_LOG_WORDS_DEVIATION,
  MIN_LOG_WORDS_DEVIATION,
  REFERENCE_LOG_WORDS,
  storyLengthBonus,
  storyWords,
} from './story-length-bonus.js';
import { summarize } from './summarize.js';

let seeds: CleanArticle[];
let groups: AlignedGroup[];
beforeAll(async () => {
  seeds = [...(await loadSeeds()).values()];
  groups = alignSentences(seeds, findReuse(seeds));
});

// Three short NeuS-sized excerpts of one story (about 160 words, the size the slope is centred on).
const EXCERPTS = [
  'Florida on Sunday reported more than 15,000 new coronavirus cases, smashing the daily record reported by any single state. The state has become an epicentre of the pandemic in the United States. Hospitals in Miami-Dade county said their intensive care units were close to full.',
  'More than a third of U.S. states reported record highs in average new Covid-19 cases as deaths across the U.S. gradually rise, according to an analysis of data compiled by Johns Hopkins University. Florida reported 15,299 cases on Sunday.',
  'Florida shattered the national record for new coronavirus cases in a single day on Sunday, reporting 15,300 infections as the state struggles to contain the virus. Governor Ron DeSantis has resisted calls for a statewide mask order, and Disney World reopened on Saturday.',
].map((text, index) => caseArticle(text, `excerpt-${index}`));

describe('storyLengthBonus', () => {
  it('counts the whitespace words of the story’s sentences', () => {
    const whitespace = EXCERPTS.reduce(
      (sum, clean) => sum + clean.article.text.split(/\s+/).length,
      0,
    );
    expect(storyWords(EXCERPTS)).toBe(whitespace);
    expect(whitespace).toBe(127);
  });

  it('is near the base bonus for a NeuS-sized story and grows with the story', () => {
    const small = storyLengthBonus(EXCERPTS);
    expect(small).toBeCloseTo(
      BASE_LENGTH_BONUS + LENGTH_BONUS_SLOPE * (Math.log(127) - REFERENCE_LOG_WORDS),
      10,
    );
    expect(Math.abs(small - BASE_LENGTH_BONUS)).toBeLessThan(0.015);
    expect(storyLengthBonus(EXCERPTS.slice(0, 1))).toBeLessThan(small);
  });

  it('stays within the range it was fitted on: five long seed articles get the cap', () => {
    expect(storyWords(seeds)).toBeGreaterThan(2000);
    expect(storyLengthBonus(seeds)).toBeCloseTo(
      BASE_LENGTH_BONUS + LENGTH_BONUS_SLOPE * MAX_LOG_WORDS_DEVIATION,
      10,
    );
    const tiny = [caseArticle('The Senate passed the bill on Friday by a vote of 68 to 32.')];
    expect(storyLengthBonus(tiny)).toBeCloseTo(
      BASE_LENGTH_BONUS + LENGTH_BONUS_SLOPE * MIN_LOG_WORDS_DEVIATION,
      10,
    );
    expect(storyLengthBonus([])).toBeCloseTo(
      BASE_LENGTH_BONUS + LENGTH_BONUS_SLOPE * MIN_LOG_WORDS_DEVIATION,
      10,
    );
  });
});

describe('summaries follow the story’s size', () => {
  const length = (summary: { text: string }[]): number =>
    summary.reduce((sum, s) => sum + words(s.text).length, 0);

  it('a big story fills more of the budget than a flat bonus would, an explicit bonus wins', () => {
    const adaptive = summarize(seeds, groups, { words: 65 });
    const flat = summarize(seeds, groups, {
      words: 65,
      selection: { lengthBonus: BASE_LENGTH_BONUS },
    });
    expect(length(adaptive)).toBeLessThanOrEqual(65);
    // The seeds' concepts alone stop two words short; the capped bonus spends them.
    expect(length(adaptive)).toBeGreaterThan(length(flat));
    const none = summarize(seeds, groups, { words: 65, selection: { lengthBonus: -0.2 } });
    expect(length(none)).toBeLessThan(length(adaptive));
  });
});
