import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../test/seeds.js';
import { contentTerms } from '../util/tokens.js';
import { clauseForms } from './clause-forms.js';

describe('clauseForms', () => {
  it('cuts a sentence at a joined clause, keeping its opening main clause', () => {
    expect(
      clauseForms('The court upheld the ban on Friday, but the governor vowed to appeal.'),
    ).toEqual(['The court upheld the ban on Friday.']);
    expect(
      clauseForms(
        'Police arrested three men in connection with the attack, which killed 12 people downtown.',
      ),
    ).toEqual(['Police arrested three men in connection with the attack.']);
  });

  it('cuts before a trailing subordinate phrase even without a comma', () => {
    expect(
      clauseForms('Police arrested three men in the city center after a shooting at the mall.'),
    ).toEqual(['Police arrested three men in the city center.']);
  });

  it('offers both independent clauses around a semicolon', () => {
    expect(
      clauseForms(
        'The Senate passed the bill 52-48 on Tuesday; the House is expected to vote next week.',
      ),
    ).toEqual([
      'The Senate passed the bill 52-48 on Tuesday.',
      'The House is expected to vote next week.',
    ]);
  });

  it('leaves lists, quotations, subordinate openings and short cuts whole', () => {
    expect(
      clauseForms('He visited Paris, London, and Rome on a three-day trip to Europe.'),
    ).toEqual([]);
    expect(
      clauseForms('“We will win,” she said, and the crowd cheered loudly in the hall.'),
    ).toEqual([]);
    expect(clauseForms('She said “we will fight, and we will win” at the rally in Ohio.')).toEqual(
      [],
    );
    expect(
      clauseForms('After the vote, the senator said the bill was a disaster for working families.'),
    ).toEqual([]);
    // Too short a clause to stand alone, or too little dropped to be worth a candidate.
    expect(
      clauseForms('Prices rose, but wages did not keep pace with inflation this year.'),
    ).toEqual([]);
    expect(clauseForms('The governor signed the bill into law on Monday, and left.')).toEqual([]);
  });

  it('on the seeds, every form is a prefix of its sentence or a clause of it, with its terms', async () => {
    const seeds = await loadSeeds();
    let forms = 0;
    for (const clean of seeds.values()) {
      for (const sentence of clean.sentences) {
        const terms = new Set(contentTerms(sentence.text));
        for (const form of clauseForms(sentence.text)) {
          forms++;
          expect(form).toMatch(/^[\p{Lu}\p{N}].*\.$/u);
          const body = form.slice(0, -1);
          expect(sentence.text.toLowerCase()).toContain(body.toLowerCase());
          for (const term of contentTerms(form)) expect(terms.has(term)).toBe(true);
        }
      }
    }
    expect(forms).toBeGreaterThan(10);
  });
});
