import { describe, expect, it } from 'vitest';
import { normalizeQuotes, normalizeText } from './normalize-text.js';

describe('normalizeText', () => {
  it('pairs straight double quotes and keeps apostrophes apart from single quotations', () => {
    expect(normalizeQuotes("He said \"we'd welcome that\" and 'left'.")).toBe(
      'He said “we’d welcome that” and ‘left’.',
    );
  });

  it('turns an opening mark used after a letter into an apostrophe', () => {
    expect(normalizeQuotes('Donald Trump‘s closest allies')).toBe('Donald Trump’s closest allies');
  });

  it('removes invisible characters and unifies spaces and line ends', () => {
    expect(normalizeText('Sir\u00A0Keir\u200B Starmer\r\n  said ')).toBe('Sir Keir Starmer\nsaid');
  });

  it('applies NFKC so full-width letters compare equal to ASCII', () => {
    expect(normalizeText('ＢＢＣ')).toBe('BBC');
  });
});
