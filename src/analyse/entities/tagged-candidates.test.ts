import { describe, expect, it } from 'vitest';
import { cleanFromText } from '../../clean/index.js';
import { extractEntityMentions } from './index.js';

/** `text/type/canonical[/role]` of every mention of one text. */
function mentions(text: string, rulesOnly = false): string[] {
  const clean = cleanFromText('test', text);
  return extractEntityMentions(clean, rulesOnly ? { model: null } : {}).map((m) =>
    [m.text, m.type, m.canonical, ...(m.role ? [m.role] : [])].join('/'),
  );
}

describe('tagger + rules (reconcileWithTagger)', () => {
  it('keeps roles and honorifics the tagger leaves out, and the names it types', () => {
    // /work/shared/seeds 000.
    expect(
      mentions(
        'Elon Musk said the UK Government had failed.\nPressed if Mr Musk’s comments were unhelpful to the Government, Health Secretary Mr Streeting told ITV News that ministers took child sexual exploitation “incredibly seriously”.',
      ),
    ).toEqual([
      'Elon Musk/person/Elon Musk',
      'UK Government/organisation/UK Government',
      'Mr Musk/person/Elon Musk',
      'Government/organisation/Government',
      'Mr Streeting/person/Streeting/Health Secretary',
      'ITV News/organisation/ITV News',
    ]);
  });

  it('lets the tagger fix what the rules get wrong on Reuters text', () => {
    const text =
      "Germany 's representative to the European Union 's veterinary committee Werner Zwingmann said on Wednesday consumers should buy sheepmeat from countries other than Britain .";
    expect(mentions(text)).toEqual([
      'Germany/place/Germany',
      'European Union/organisation/European Union',
      'Werner Zwingmann/person/Werner Zwingmann',
      'Britain/place/Britain',
    ]);
    // Rules alone: the union is typed without evidence (this guards the comparison).
    expect(mentions(text, true)).not.toEqual(mentions(text));
  });

  it('keeps a full name’s surname a person where 1996 Reuters knew it as a company', () => {
    const types = mentions(
      'Donald Trump named Michael Flynn as his national security adviser. Trump praised Flynn on Friday, and Trump aides said the decision was final.',
    ).map((m) => m.split('/').slice(0, 2).join('/'));
    expect(types).toEqual([
      'Donald Trump/person',
      'Michael Flynn/person',
      'Trump/person',
      'Flynn/person',
      'Trump/person',
    ]);
  });

  it('keeps a sentence-initial run whole when the tagger found only its head', () => {
    const found = mentions('Wells Fargo just this month announced it would drop the incentives.');
    expect(found).toEqual(['Wells Fargo/organisation/Wells Fargo']);
  });
});
