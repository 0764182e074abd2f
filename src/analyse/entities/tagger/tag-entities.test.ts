import { describe, expect, it } from 'vitest';
import { defaultNerModel, tagEntities } from './tag-entities.js';

/** `text/TYPE` of every tagged span. */
function tagged(text: string): string[] {
  return tagEntities(text).map((span) => `${text.slice(span.start, span.end)}/${span.type}`);
}

describe('tagEntities with the committed model (models/ner-conll.json.gz)', () => {
  it('loads once per process', () => {
    const model = defaultNerModel();
    expect(defaultNerModel()).toBe(model);
    expect(model?.rows.size).toBeGreaterThan(10_000);
  });

  it('tags a modern news sentence: people, an organisation, places', () => {
    // /work/shared/seeds 000, first paragraphs.
    expect(
      tagged(
        'Mr Musk, a key member of incoming US President Donald Trump’s inner circle, also suggested safeguarding minister Jess Phillips “deserves to be in prison” after she denied requests for the Home Office to lead a public inquiry into child sexual exploitation in Oldham on Thursday.',
      ),
    ).toEqual([
      // CoNLL leaves titles out of names: the rules add "Mr" back (tagged-candidates.ts).
      'Musk/PER',
      'Donald Trump/PER',
      'Jess Phillips/PER',
      'Home Office/ORG',
      'Oldham/LOC',
    ]);
  });

  it('tags a Reuters sentence in the style it was trained on', () => {
    expect(
      tagged(
        'The European Commission said on Thursday it disagreed with German advice to consumers to shun British lamb.',
      ),
    ).toEqual(['European Commission/ORG', 'German/MISC', 'British/MISC']);
  });

  it('reads a shouted headline and a town in a list', () => {
    expect(tagged('SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .')).toEqual([
      'JAPAN/LOC',
      'CHINA/LOC',
    ]);
    const towns = tagged(
      'Cases were reported in Rotherham, Cornwall, Derbyshire, Rochdale and Bristol.',
    );
    expect(towns).toEqual([
      'Rotherham/LOC',
      'Cornwall/LOC',
      'Derbyshire/LOC',
      'Rochdale/LOC',
      'Bristol/LOC',
    ]);
  });
});
