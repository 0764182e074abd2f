import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../test/seeds.js';
import { alignSentences } from '../analyse/facts/index.js';
import { findReuse } from '../dedup/passage-reuse.js';
import { locateCitation } from '../serve/http/locate-citation.js';
import type { CleanArticle } from '../types.js';
import { contentTerms, words } from '../util/tokens.js';
import { compressSentence, DEFAULT_MAX_SPAN_SUPPORT } from './compress-sentence.js';
import { candidates, summarize } from './summarize.js';

let seeds: Map<string, CleanArticle>;
beforeAll(async () => {
  seeds = await loadSeeds();
});
/** Sentence `index` of the seed whose file name starts with `prefix`. */
const seed = (prefix: string, index: number): string =>
  [...seeds].find(([name]) => name.startsWith(prefix))![1].sentences[index]!.text;
/** Every span counts as unsupported: the most a support-gated compression can delete. */
const unsupported = { spanSupport: (): number => 0 };
/** Every span counts as supported by all outlets: gated rules never fire. */
const supported = { spanSupport: (): number => 1 };

/** The words of `short` appear in `long` in order (a compression only ever deletes). */
function isSubsequence(short: string, long: string): boolean {
  const source = words(long);
  let at = 0;
  for (const word of words(short)) {
    while (at < source.length && source[at] !== word) at++;
    if (at++ >= source.length) return false;
  }
  return true;
}

describe('compressSentence on the seeds', () => {
  it('drops a leading time adverbial and capitalises what is left', () => {
    const source = seed('003', 3);
    expect(source).toBe(
      'On Friday, British Health Secretary Wes Streeting said Musk’s views were “misjudged and certainly misinformed”.',
    );
    expect(compressSentence(source)).toBe(
      'British Health Secretary Wes Streeting said Musk’s views were “misjudged and certainly misinformed”.',
    );
  });

  it('drops linking words: "But", "Meanwhile,"', () => {
    expect(compressSentence(seed('001', 14))).toMatch(/^The party has also criticised Musk/);
    expect(compressSentence(seed('004', 2))).toMatch(/^The spat over Sir Keir’s handling/);
  });

  it('keeps who said it by default; drops a reported-speech tail only when asked, never a quote’s speaker', () => {
    // Without its tail this is Phillips's demand stated as fact in the brief's own voice.
    expect(compressSentence(seed('000', 4))).toBe(seed('000', 4));
    expect(compressSentence(seed('000', 4), { dropAttribution: true })).toBe(
      'Oldham must follow in the footsteps other towns like Rotherham and Telford and commission its own inquiry into historical abuse of children.',
    );
    // "…”, Wes Streeting said.": the quote keeps its speaker.
    expect(compressSentence(seed('000', 0), { ...unsupported, dropAttribution: true })).toBe(
      seed('000', 0),
    );
  });

  it('drops bracketed asides', () => {
    expect(compressSentence(seed('001', 24))).toMatch(
      /^The Independent Inquiry into Child Sex Abuse, which published/,
    );
  });

  it('drops unsupported clauses and asides only when told the story does not support them', () => {
    const source = seed('003', 4);
    expect(source).toBe(
      'He urged Musk, a close confidant of US President-elect Donald Trump, to work with the government on tackling the issue of child sexual exploitation.',
    );
    expect(compressSentence(source)).toBe(source);
    expect(compressSentence(source, supported)).toBe(source);
    expect(compressSentence(source, unsupported)).toBe(
      'He urged Musk to work with the government on tackling the issue of child sexual exploitation.',
    );
    expect(compressSentence(seed('002', 28), unsupported)).toBe(
      'They said they supported an independent review commissioned by Mayor Andy Burnham.',
    );
  });

  it('keeps the comma an aside shares with an opening phrase or a list', () => {
    // "In a flurry of posts on X, the social media platform he owns, Musk …": the second comma
    // also closes "In a flurry of posts on X"; deleting the aside would run the two together.
    expect(compressSentence(seed('003', 2), unsupported)).toBe(seed('003', 2));
    // "…, which emerged … cities, including Rochdale, …": the aside's comma opens "including".
    expect(compressSentence(seed('003', 6), unsupported)).not.toContain('girls including');
  });

  it('never cuts words out of a quotation', () => {
    // Starmer's quoted words keep their aside: "‘Those attacking Jess Phillips, who I am …".
    expect(compressSentence(seed('004', 28), unsupported)).toBe(seed('004', 28));
    expect(compressSentence(seed('004', 36), unsupported)).toBe(seed('004', 36));
  });

  it('yields proper sentences that are subsequences of their source, on every seed sentence', () => {
    for (const clean of seeds.values()) {
      for (const sentence of clean.sentences) {
        for (const options of [{}, unsupported]) {
          const out = compressSentence(sentence.text, options);
          if (out === sentence.text) continue;
          expect(out, sentence.text).toMatch(/^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u);
          expect(out, sentence.text).toMatch(/[.!?…][”’"')\]]*$/u);
          expect(words(out).length).toBeGreaterThanOrEqual(6);
          expect(isSubsequence(out, sentence.text), `${sentence.text}\n→ ${out}`).toBe(true);
          // Every content term kept is the source's: the source still carries the citation.
          expect(locateCitation([sentence], out), out).not.toBeNull();
        }
      }
    }
  });

  it('deletes spans at or below a third of outlet support by default', () => {
    expect(DEFAULT_MAX_SPAN_SUPPORT).toBeCloseTo(1 / 3);
    const source = seed('003', 4);
    expect(compressSentence(source, { spanSupport: () => 1 / 3 })).not.toBe(source);
    expect(compressSentence(source, { spanSupport: () => 0.5 })).toBe(source);
  });
});

describe('summarize with compression', () => {
  it('summarises with compressed candidates whose citations still hold, and can be turned off', () => {
    const articles = [...seeds.values()];
    const groups = alignSentences(articles, findReuse(articles));
    const compressed = candidates(articles, groups);
    const plain = candidates(articles, groups, [], undefined, false);
    const original = new Set(articles.flatMap((clean) => clean.sentences.map((s) => s.text)));
    expect(plain.every((candidate) => original.has(candidate.text))).toBe(true);
    const changed = compressed.filter((candidate) => !original.has(candidate.text));
    expect(changed.length).toBeGreaterThan(0);
    for (const candidate of changed) {
      expect(candidate.length).toBe(words(candidate.text).length);
      expect([...candidate.counts.values()].reduce((a, b) => a + b, 0)).toBe(
        contentTerms(candidate.text).length,
      );
    }
    for (const options of [{ words: 65 }, { words: 120 }, { sentences: 6 }]) {
      for (const sentence of summarize(articles, groups, options)) {
        for (const id of sentence.sources) {
          const clean = articles.find((c) => c.article.id === id)!;
          expect(locateCitation(clean.sentences, sentence.text), sentence.text).not.toBeNull();
        }
      }
    }
  });
});
