import { describe, expect, it } from 'vitest';
import { standalonePenalty } from './summarize.js';

describe('standalonePenalty', () => {
  it('accepts a complete, attributed sentence', () => {
    expect(
      standalonePenalty(
        'Elon Musk’s attacks on the government are “misjudged and certainly misinformed”, Wes Streeting said.',
      ),
    ).toBe(0);
  });

  it('penalises quotes whose speaker is only a pronoun, and dangling openers', () => {
    expect(
      standalonePenalty('“So if he wants to work with us, we’d welcome that,” he added.'),
    ).toBeGreaterThan(1);
    expect(
      standalonePenalty('He also suggested the minister should resign over the affair.'),
    ).toBeGreaterThan(0);
  });

  it('accepts a quote followed by a named speaker', () => {
    expect(
      standalonePenalty('“There comes a point where we need no more inquiries,” Mr Gwynne said.'),
    ).toBe(0);
  });

  it('penalises fragments and headlines', () => {
    expect(standalonePenalty('Oldham abuse inquiry')).toBeGreaterThan(1);
  });
});
