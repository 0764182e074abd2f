import { describe, expect, it } from 'vitest';
import type { EntityMention, Span } from '../../types.js';
import { attributionFeatures, type FoundReport } from './attribution-features.js';
import type { CueModel } from './cue-model.js';
import type { QuoteDetail } from './extract-quotes.js';
import { filterReports } from './report-filter.js';

const TEXT = 'Senator Smith warned that the bill would fail. He argued that taxes would rise.';
const MENTIONS: EntityMention[] = [
  { text: 'Senator Smith', span: [0, 13], type: 'person', canonical: 'Smith' },
];

function report(speaker: Span, cue: Span, content: Span): QuoteDetail {
  return {
    articleId: 'a',
    speaker: null,
    speakerText: TEXT.slice(...speaker),
    speakerSpan: speaker,
    cue: TEXT.slice(...cue),
    cueSpan: cue,
    content: TEXT.slice(...content),
    contentSpan: content,
    direct: false,
    sentenceIndex: 0,
  };
}

const SMITH = report([0, 13], [14, 20], [26, 45]);
const HE = report([47, 49], [50, 56], [62, 78]);

function spans(quote: QuoteDetail): FoundReport {
  return {
    speakerSpan: quote.speakerSpan!,
    cueSpan: quote.cueSpan!,
    contentSpan: quote.contentSpan,
  };
}

function learned(weights: [string, number][]): Parameters<typeof filterReports>[3] {
  const model: CueModel = { featureVersion: 1, weights: new Map(weights) };
  return { cueAt: () => false, model, probabilities: new Map() };
}

describe('attributionFeatures', () => {
  it('describes the speaker kind, the cue and the link to the content', () => {
    const features = attributionFeatures(TEXT, spans(SMITH), MENTIONS, 0.83, false);
    expect(features).toContain('a:speaker=person');
    expect(features).toContain('a:cue=warned');
    expect(features).toContain('a:link=that');
    expect(features).toContain('a:p=8');
    const he = attributionFeatures(TEXT, spans(HE), MENTIONS, undefined, false);
    expect(he).toContain('a:speaker=pronoun');
    expect(he).toContain('a:p=none');
  });
});

describe('filterReports', () => {
  it('drops the reports the second stage finds unlikely and keeps the others', () => {
    const model = learned([
      ['a:bias', 2],
      ['a:speaker=pronoun', -6],
    ]);
    expect(filterReports([SMITH, HE], TEXT, MENTIONS, model)).toEqual([SMITH]);
  });

  it('keeps everything when the model has no second stage, and never drops direct quotes', () => {
    expect(filterReports([SMITH, HE], TEXT, MENTIONS, learned([['bias', 1]]))).toEqual([SMITH, HE]);
    const direct = { ...HE, direct: true };
    const model = learned([
      ['a:bias', -6],
      ['a:speaker=pronoun', -6],
    ]);
    expect(filterReports([direct], TEXT, MENTIONS, model)).toEqual([direct]);
  });
});
