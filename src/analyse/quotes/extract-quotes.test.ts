import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../../test/seeds.js';
import type { CleanArticle, Quote, QuoteMention } from '../../types.js';
import { resolveStoryEntities } from '../entities/index.js';
import { buildQuoteLedger, extractQuotes, findQuoteSegments, wordDiff } from './index.js';

let seeds: Map<string, CleanArticle>;
let quotes: Map<string, QuoteMention[]>;
let ledger: Quote[];
const prefixOf = new Map<string, string>();

beforeAll(async () => {
  seeds = await loadSeeds();
  const story = resolveStoryEntities([...seeds.values()]);
  quotes = new Map();
  for (const [prefix, clean] of seeds) {
    prefixOf.set(clean.article.id, prefix);
    quotes.set(prefix, extractQuotes(clean, story.mentions.get(clean.article.id) ?? []));
  }
  ledger = buildQuoteLedger([...quotes.values()].flat());
});

function quoteIn(prefix: string, phrase: string): QuoteMention | undefined {
  return quotes.get(prefix)!.find((q) => q.direct && q.content.includes(phrase));
}

function carriers(entry: Quote): string[] {
  return entry.sources.map((id) => prefixOf.get(id)!).sort();
}

describe('extractQuotes on the seeds', () => {
  it('gives every span the exact text it reports', () => {
    for (const [prefix, list] of quotes) {
      const text = seeds.get(prefix)!.article.text;
      expect(list.length).toBeGreaterThan(0);
      for (const quote of list) {
        expect(text.slice(...quote.contentSpan)).toBe(quote.content);
        if (quote.speakerSpan) expect(text.slice(...quote.speakerSpan)).toBe(quote.speakerText);
      }
    }
  });

  it('attributes a partial quote to the subject of the cue, not the nearest name', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      expect(quoteIn(prefix, 'deserves to be in prison')?.speaker, prefix).toBe('Elon Musk');
    }
    expect(quoteIn('000', 'deserves to be in prison')?.cue).toBe('suggested');
  });

  it('resolves "The minister continued" and "he said" to Andrew Gwynne', () => {
    expect(quoteIn('000', 'There comes a point where we don’t need more inquiries')?.speaker).toBe(
      'Andrew Gwynne',
    );
    expect(quoteIn('001', 'There comes a point where we don’t need more inquiries')?.speaker).toBe(
      'Andrew Gwynne',
    );
  });

  it('follows a multi-paragraph single-quoted quote to Keir Starmer', () => {
    const quote = quoteIn('004', 'a line has been crossed');
    expect(quote?.speaker).toBe('Keir Starmer');
    expect(quote?.speakerText).toBe('Sir Keir');
    expect(quote?.content).toContain('I enjoy the cut and thrust of politics');
  });

  it('credits a split organisation name and its bracketed acronym as one speaker', () => {
    // The name finder splits "Independent Inquiry into Child Sex Abuse" at "into".
    const inOne = quoteIn('000', 'epidemic that leaves');
    const inTwo = quoteIn('001', 'epidemic that leaves');
    expect(inOne?.speakerText).toBe('The Independent Inquiry into Child Sex Abuse');
    expect(inOne?.speaker).toBe('Independent Inquiry into Child Sex Abuse');
    expect(inTwo?.speakerText).toBe('IICSA');
    expect(inTwo?.speaker).toBe('Independent Inquiry into Child Sex Abuse');
  });

  it('resolves a pronoun to the previous speaker', () => {
    expect(quoteIn('000', 'Some of the criticisms')?.speaker).toBe('Wes Streeting');
    expect(quoteIn('003', 'roll his sleeves up')?.speaker).toBe('Wes Streeting');
  });
});

describe('buildQuoteLedger on the seeds', () => {
  it('makes "misjudged and certainly misinformed" one Streeting entry carried by 000 001 003', () => {
    const entries = ledger.filter((e) =>
      e.variants!.some((v) => v.text.includes('misjudged and certainly misinformed')),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]!.speaker).toBe('Wes Streeting');
    expect(entries[0]!.text).toBe('misjudged and certainly misinformed');
    expect(carriers(entries[0]!)).toEqual(['000', '001', '003']);
    // 001 splits the statement in two sentences that 000 runs as one: 001's two pieces read
    // as one wording, so "But we’re willing …" is no variant of "misjudged …" on its own.
    const own = entries[0]!.variants!.filter((v) => v.sources.length === 1);
    expect(own.every((v) => v.text.includes('misjudged'))).toBe(true);
    expect(own.some((v) => /misinformed\. But we’re willing/.test(v.text))).toBe(true);
  });

  it('credits the IICSA quote to the inquiry, carried by 000 and 001', () => {
    const entry = ledger.find((e) => e.text.startsWith('epidemic that leaves'));
    expect(entry?.speaker).toBe('Independent Inquiry into Child Sex Abuse');
    expect(carriers(entry!)).toEqual(['000', '001']);
  });

  it('makes "deserves to be in prison" one Musk entry carried by all five, first in order', () => {
    const entry = ledger.find((e) => e.text === 'deserves to be in prison');
    expect(entry?.speaker).toBe('Elon Musk');
    expect(carriers(entry!)).toEqual(['000', '001', '002', '003', '004']);
    expect(ledger[0]).toBe(entry);
  });
});

describe('findQuoteSegments', () => {
  it('keeps apostrophes and plural possessives inside single quotes', () => {
    const text = 'He said ‘the gangs’ activities don’t stop’ today.';
    const [segment] = findQuoteSegments(text);
    expect(text.slice(segment!.contentStart, segment!.contentEnd)).toBe(
      'the gangs’ activities don’t stop',
    );
  });
});

describe('wordDiff', () => {
  it('shows a moved word as one insert and one delete', () => {
    expect(wordDiff('roll his sleeves up', 'roll up his sleeves')).toEqual([
      { op: 'equal', words: ['roll'] },
      { op: 'insert', words: ['up'] },
      { op: 'equal', words: ['his', 'sleeves'] },
      { op: 'delete', words: ['up'] },
    ]);
  });
});
