import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../test/seeds.js';
import type { CleanArticle } from '../types.js';
import { contentTerms, words } from '../util/tokens.js';
import { conceptWeigher, defaultConceptModel } from './concept-model.js';
import { selectByConcepts, type ConceptItem } from './concept-selection.js';

interface Item extends ConceptItem {
  text: string;
}

const item = (text: string, score = 1): Item => ({
  text,
  length: words(text).length,
  concepts: [...new Set(contentTerms(text))],
  standalone: 0,
  score,
});

let seeds: Map<string, CleanArticle>;
let weight: (concept: string) => number;
beforeAll(async () => {
  seeds = await loadSeeds();
  weight = conceptWeigher(defaultConceptModel()!, [...seeds.values()]);
});
const sentence = (prefix: string, index: number): string =>
  seeds.get(prefix)!.sentences[index]!.text;
const anything = (): boolean => true;

describe('selectByConcepts on the seed story', () => {
  it('prefers a non-redundant pair to two wordings of one statement', () => {
    // Two outlets' leads say the same thing; the third sentence says something else.
    const telegraph = item(sentence('000', 0));
    const independent = item(sentence('001', 0));
    const starmer = item(sentence('003', 1));
    expect(starmer.text).toMatch(/accused Prime Minister Keir Starmer/);
    const alone = (x: Item): number =>
      x.concepts.reduce((sum, concept) => sum + weight(concept) - 0.2, 0.03 * x.length);
    // Sentence by sentence the second lead is worth more than the Starmer sentence, so a
    // scorer summing sentence values would take both leads ...
    expect(alone(independent)).toBeGreaterThan(alone(starmer));
    const budget = telegraph.length + starmer.length + 1;
    expect(telegraph.length + independent.length).toBeLessThanOrEqual(budget);
    // ... while coverage counts the leads' shared concepts once (no redundancy bar at all).
    const chosen = selectByConcepts([telegraph, independent, starmer], budget, anything, weight);
    expect(chosen).toHaveLength(2);
    expect(chosen).toContain(starmer);
    expect(chosen.includes(telegraph) !== chosen.includes(independent)).toBe(true);
  });

  it('counts a concept once: a repeated sentence adds only its length bonus', () => {
    const lead = item(sentence('000', 0));
    const copy = { ...lead };
    const chosen = selectByConcepts([lead, copy], 2 * lead.length, anything, weight, {
      lengthBonus: 0,
    });
    expect(chosen).toHaveLength(1);
  });

  it('keeps to the budget and the compatibility rule', () => {
    const pool = [0, 1, 2, 3, 4, 5].map((index) => item(sentence('002', index)));
    const clash = new Set([pool[0], pool[1]]);
    const compatible = (a: Item, b: Item): boolean => !(clash.has(a) && clash.has(b));
    const chosen = selectByConcepts(pool, 65, compatible, weight);
    expect(chosen.reduce((sum, x) => sum + x.length, 0)).toBeLessThanOrEqual(65);
    expect(chosen.includes(pool[0]!) && chosen.includes(pool[1]!)).toBe(false);
    expect(chosen.length).toBeGreaterThan(0);
  });

  it('falls back to the best-scored sentence when none fits the budget', () => {
    const long = item(sentence('001', 1), 2);
    const longer = item(`${sentence('001', 1)} ${sentence('002', 1)}`, 1);
    expect(selectByConcepts([longer, long], 5, anything, weight)).toEqual([long]);
  });
});
