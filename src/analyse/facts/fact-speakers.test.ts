import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../../test/seeds.js';
import { analyseStory } from '../analyse-story.js';
import type { Fact, Quote, StoryAnalysis } from '../../types.js';
import { attributeFacts } from './fact-speakers.js';

const fact = (text: string): Fact => ({ text, sources: ['a', 'b'], independentSources: 2 });
const LEDGER: Quote[] = [
  {
    speaker: 'Andrew Gwynne',
    text: 'There comes a point where we don’t need more inquiries, and had Elon Musk really paid attention to what’s been going on in this country, he might have recognised that there have already been inquiries.',
    sources: ['a', 'b'],
  },
  {
    speaker: 'Wes Streeting',
    text: 'misjudged and certainly misinformed',
    sources: ['a', 'b'],
    variants: [
      { text: 'misjudged and certainly misinformed', sources: ['a'] },
      {
        text: 'Some of the criticisms Elon Musk has made I think are misjudged and certainly misinformed. But we’re willing to work with Elon Musk who I think has got a big role to play.',
        sources: ['b'],
      },
    ],
  },
  { speaker: null, text: 'a line has been crossed and the debate is poisoned', sources: ['c'] },
];

describe('attributeFacts', () => {
  it('names the speaker of a fact that is a quotation, from the quote or one of its wordings', () => {
    const [gwynne, streeting] = attributeFacts(
      [
        fact(
          '“There comes a point where we don’t need more inquiries, and had Elon Musk really paid attention,” he said.',
        ),
        fact('“But we’re willing to work with Elon Musk who I think has got a big role to play.'),
      ],
      LEDGER,
    );
    expect(gwynne!.speaker).toBe('Andrew Gwynne');
    expect(streeting!.speaker).toBe('Wes Streeting');
  });

  it('leaves facts that do not open with a quotation, unattributed quotes and short ones alone', () => {
    const facts = [
      fact('Streeting said Musk’s views were “misjudged and certainly misinformed”.'),
      fact('“A line has been crossed and the debate is poisoned,” a minister said.'),
      fact('“Misjudged,” he said.'),
      fact('“We will publish the figures next week,” the council said.'),
    ];
    const out = attributeFacts(facts, LEDGER);
    expect(out.map((f) => f.speaker)).toEqual([undefined, undefined, undefined, undefined]);
    expect(out[0]).toBe(facts[0]);
  });
});

describe('the seeds’ quotation facts', () => {
  let analysis: StoryAnalysis;
  beforeAll(async () => {
    analysis = analyseStory([...(await loadSeeds()).values()]);
  });

  it('name Streeting and Gwynne, and only quotation facts get a speaker', () => {
    const speakerOf = (start: string): string | undefined =>
      analysis.facts.find((f) => f.text.startsWith(start))?.speaker;
    expect(speakerOf('“If he wants to work with us')).toBe('Wes Streeting');
    expect(speakerOf('“But we’re willing to work with Elon Musk')).toBe('Wes Streeting');
    expect(speakerOf('“There comes a point')).toBe('Andrew Gwynne');
    for (const f of analysis.facts) if (!/^[“‘"]/.test(f.text)) expect(f.speaker).toBeUndefined();
  });
});
