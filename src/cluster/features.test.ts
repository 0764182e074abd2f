import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { articleTerms } from './features.js';
import { loadNeusPool } from '../eval/clustering-data.js';

const DATA_DIR = process.env.STORYLINE_DATA ?? '../shared/data';
const hasNeus = existsSync(join(DATA_DIR, 'clustering', 'neus-allsides-trainval.jsonl.gz'));
const TITLE_PHRASE = 't:';
const TITLE_WORD = 'h:';

function headlineWords(terms: Map<string, number>): Set<string> {
  return new Set([...terms.keys()].filter((term) => term.startsWith(TITLE_WORD)));
}

function titlePhrases(terms: Map<string, number>): Set<string> {
  return new Set([...terms.keys()].filter((term) => term.startsWith(TITLE_PHRASE)));
}

describe('articleTerms headline terms', () => {
  it.skipIf(!hasNeus)(
    'are shared far more often by two outlets on one event than by two events (issue 4)',
    () => {
      // 200 AllSides events, three outlets each: many share topics (Trump, Pelosi, guns).
      const articles = loadNeusPool(DATA_DIR).slice(0, 600);
      const phrases = articles.map((article) =>
        titlePhrases(articleTerms(article.title, article.text)),
      );
      let same = 0;
      let sameShared = 0;
      let other = 0;
      let otherShared = 0;
      for (let a = 0; a < articles.length; a++) {
        for (let b = a + 1; b < articles.length; b++) {
          const shared = [...phrases[a]!].some((phrase) => phrases[b]!.has(phrase));
          if (articles[a]!.gold === articles[b]!.gold) {
            same++;
            if (shared) sameShared++;
          } else {
            other++;
            if (shared) otherShared++;
          }
        }
      }
      const sameRate = sameShared / same;
      const otherRate = otherShared / other;
      expect(sameRate).toBeGreaterThan(0.15);
      expect(sameRate).toBeGreaterThan(20 * otherRate);
    },
  );

  it.skipIf(!hasNeus)('come from the title only, and not at weight 0', () => {
    const article = loadNeusPool(DATA_DIR)[0]!;
    expect(titlePhrases(articleTerms(article.title, article.text)).size).toBeGreaterThan(0);
    expect(headlineWords(articleTerms(article.title, article.text)).size).toBeGreaterThan(0);
    expect(titlePhrases(articleTerms(null, article.text)).size).toBe(0);
    expect(headlineWords(articleTerms(null, article.text)).size).toBe(0);
    const off = articleTerms(article.title, article.text, { titlePhraseWeight: 0 });
    expect(titlePhrases(off).size + headlineWords(off).size).toBe(0);
  });
});
