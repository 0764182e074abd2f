import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../test/seeds.js';
import { cleanArticle } from '../clean/index.js';
import type { CleanArticle } from '../types.js';
import { contentTerms } from '../util/tokens.js';
import { loadWordVectors, type WordVectors } from '../util/word-vectors.js';
import { conceptFeatures } from './concept-features.js';
import {
  conceptFeaturesFor,
  conceptWeigher,
  defaultConceptModel,
  parseVectorConceptModel,
  serialiseConceptModel,
  type ConceptModel,
} from './concept-model.js';
import {
  VECTOR_CONCEPT_FEATURE_VERSION,
  VECTOR_CONCEPT_FEATURES,
  vectorConceptFeatures,
} from './concept-vector-features.js';

const article = (index: number, title: string, text: string): CleanArticle =>
  cleanArticle({
    id: `a${index}`,
    url: null,
    source: `outlet-${index}`,
    title,
    byline: null,
    published: null,
    language: 'en',
    text,
    provenance: { file: null, line: index + 1, format: 'json' },
  });

/**
 * A NeuS-like story in which an event word and an opinion word have the same word features:
 * each opens one outlet's lead, follows in another's, and is missing from the third.
 */
function symmetricStory(event: string, opinion: string): CleanArticle[] {
  const eventSentence = `The storm ${event} residents of the coastal town on Friday.`;
  const opinionSentence = `Local leaders ${opinion} the emergency plan of the state.`;
  return [
    article(0, 'Flood hits the coastal town', `${eventSentence} ${opinionSentence}`),
    article(1, 'Coastal town counts the cost', `${opinionSentence} ${eventSentence}`),
    article(2, 'Storm and the coast', 'Rain fell on the coastal town for hours. Officials met.'),
  ];
}

const feature = (vector: readonly number[], name: (typeof VECTOR_CONCEPT_FEATURES)[number]) =>
  vector[VECTOR_CONCEPT_FEATURES.indexOf(name)]!;

let vectors: WordVectors;
let model: ConceptModel;
beforeAll(() => {
  vectors = loadWordVectors()!;
  model = defaultConceptModel()!;
});

describe('vectorConceptFeatures', () => {
  it('gives two words of one role the same word features and different vectors', () => {
    const features = vectorConceptFeatures(symmetricStory('killed', 'slammed'), vectors);
    const kill = features.get('kill')!;
    const slam = features.get('slam')!;
    expect(kill).toHaveLength(VECTOR_CONCEPT_FEATURES.length);
    for (const name of ['share', 'logFirst', 'logCount', 'leadShare', 'titleShare'] as const) {
      expect(feature(kill, name)).toBe(feature(slam, name));
    }
    expect(feature(kill, 'vector0')).not.toBe(feature(slam, 'vector0'));
  });

  it('counts an outlet that uses a near-synonym as agreeing', () => {
    const story = [
      article(0, 'Fire spreads', 'A huge wildfire forced thousands from their homes on Monday.'),
      article(1, 'Homes lost', 'The blaze forced thousands from their homes in the hills.'),
    ];
    const wildfire = vectorConceptFeatures(story, vectors).get('wildfir')!;
    expect(feature(wildfire, 'share')).toBe(0.5);
    expect(feature(wildfire, 'synonymShare')).toBe(1);
    expect(feature(wildfire, 'synonymGain')).toBe(0.5);
  });

  it('tells a word the outlets quote from a word they say themselves', () => {
    const story = [
      article(
        0,
        'Senate passes budget',
        'The Senate passed the budget. “It is a disaster,” a senator said.',
      ),
      article(
        1,
        'Budget vote',
        'Senators passed the budget on Friday. Critics called it a disaster.',
      ),
    ];
    const features = vectorConceptFeatures(story, vectors);
    // "disaster": once inside quotation marks, once in the outlet's own words.
    expect(feature(features.get('disast')!, 'quoteShare')).toBeCloseTo(0.5, 10);
    expect(feature(features.get('pass')!, 'quoteShare')).toBe(0);
  });

  it('measures how often a concept shares a sentence with its article’s headline words', () => {
    const story = [
      article(
        0,
        'Senate passes budget',
        'The Senate passed the budget. Critics called it a disaster.',
      ),
      article(1, 'Budget vote', 'The budget vote was close. A senator called it a disaster.'),
    ];
    const features = vectorConceptFeatures(story, vectors);
    // "disaster" never shares a sentence with a headline word; "budget" always shares one with
    // another of its headline's words ("senator" does in one outlet of two).
    expect(feature(features.get('disast')!, 'titleCooccurrence')).toBe(0);
    expect(feature(features.get('budget')!, 'titleCooccurrence')).toBe(1);
    expect(feature(features.get('senat')!, 'titleCooccurrence')).toBe(0.5);
  });

  it('scales counts per story: a story told at twice the length keeps its count features', () => {
    const story = symmetricStory('killed', 'slammed');
    const doubled = story.map((clean, index) =>
      article(
        index,
        clean.article.title ?? '',
        `${clean.sentences.map((s) => s.text).join(' ')} ${clean.sentences.map((s) => s.text).join(' ')}`,
      ),
    );
    const once = vectorConceptFeatures(story, vectors).get('kill')!;
    const twice = vectorConceptFeatures(doubled, vectors).get('kill')!;
    expect(feature(twice, 'logCount')).toBeCloseTo(feature(once, 'logCount'), 10);
    // The word-only features (version 1) grow with the story's length.
    expect(conceptFeatures(doubled).get('kill')![6]).toBeGreaterThan(
      conceptFeatures(story).get('kill')![6]!,
    );
  });
});

describe('vector concept model (the default)', () => {
  it('is the vector model (feature version 3) while the vectors are on', () => {
    expect(model.featureVersion).toBe(VECTOR_CONCEPT_FEATURE_VERSION);
    expect(VECTOR_CONCEPT_FEATURE_VERSION).toBe(3);
    expect(parseVectorConceptModel(serialiseConceptModel(model), 'test').weights).toEqual(
      model.weights.map((weight) => Number(weight.toFixed(6))),
    );
  });

  it('weighs an event word above an opinion word in the same place of the story', () => {
    for (const [event, opinion] of [
      ['killed', 'slammed'],
      ['arrested', 'praised'],
      ['voted', 'outraged'],
    ] as const) {
      const weight = conceptWeigher(model, symmetricStory(event, opinion));
      const [eventTerm] = contentTerms(event);
      const [opinionTerm] = contentTerms(opinion);
      expect(weight(eventTerm!), `${event} over ${opinion}`).toBeGreaterThan(
        weight(opinionTerm!) + 0.1,
      );
    }
  });

  it('on the long seed story, few concepts look certain and one outlet’s detail stays low', async () => {
    const seeds = [...(await loadSeeds()).values()];
    const weight = conceptWeigher(model, seeds);
    const terms = [...conceptFeaturesFor(model, seeds, vectors).keys()];
    const ranked = terms.map((term) => ({ term, p: weight(term) })).sort((a, b) => b.p - a.p);
    // Version 1 put 25 concepts above 0.91 here (its counts grow with the articles' length).
    expect(ranked.filter((x) => x.p > 0.91).length).toBeLessThan(5);
    expect(ranked.slice(0, 10).map((x) => x.term)).toContain('musk');
    expect(weight('carlisl')).toBeLessThan(0.2);
  });
});
