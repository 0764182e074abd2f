/**
 * The foundation issue's eight points, end to end on ../shared/seeds: ingest → … → brief,
 * through the real pipeline and the SQLite store.
 */
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../src/ingest/index.js';
import { processArticles } from '../src/pipeline/index.js';
import { SqliteStore } from '../src/store/index.js';
import type { Brief } from '../src/types.js';
import { contentTerms, termCounts } from '../src/util/tokens.js';
import { cosine } from '../src/util/vector.js';
import { SEEDS_DIR } from './seeds.js';

const BOILERPLATE = [
  'We need your consent',
  'Keep Reading',
  'Teachers, other civil servants face off',
  'Veld fire',
  'Magistrate in court',
  'Vungu Dam',
  'is hit back at Elon Musk today',
  '(left)',
];

let brief: Brief;
let store: SqliteStore;
const prefixOf = new Map<string, string>();
const prefixes = (ids: readonly string[]): string[] =>
  ids.map((id) => prefixOf.get(id) ?? id).sort();

beforeAll(async () => {
  store = new SqliteStore(':memory:');
  const report = await processArticles(readInputs([SEEDS_DIR]), { store });
  expect(report.briefs).toHaveLength(1);
  brief = report.briefs[0] as Brief;
  for (const ref of brief.story.articles)
    prefixOf.set(ref.id, basename(ref.file ?? '').slice(0, 3));
});

describe('seeds → one brief', () => {
  it('1. five seed files become one story of five articles, none dropped', async () => {
    expect(brief.story.articles).toHaveLength(5);
    expect(prefixes(brief.story.articles.map((a) => a.id))).toEqual([
      '000',
      '001',
      '002',
      '003',
      '004',
    ]);
    expect(await store.listStories()).toHaveLength(1);
  });

  it('2. boilerplate is in no summary sentence, quote or fact', () => {
    const texts = [
      ...brief.summary.map((s) => s.text),
      ...brief.quotes.flatMap((q) => [q.text, ...(q.variants ?? []).map((v) => v.text)]),
      ...brief.facts.map((f) => f.text),
    ];
    for (const junk of BOILERPLATE) for (const text of texts) expect(text).not.toContain(junk);
  });

  it('3. 003 is dated 2025-01-03 from its header; the others stay undated', () => {
    for (const ref of brief.story.articles) {
      expect(ref.published).toBe(prefixOf.get(ref.id) === '003' ? '2025-01-03' : null);
    }
  });

  it('4. quotes: Streeting’s "misjudged…" carried by 000, 001, 003; Musk’s "deserves to be in prison"', () => {
    const misjudged = brief.quotes.filter((q) =>
      /misjudged and certainly misinformed/.test(q.text),
    );
    expect(misjudged.length).toBeGreaterThan(0);
    for (const quote of misjudged) expect(quote.speaker).toBe('Wes Streeting');
    const carriers = new Set(misjudged.flatMap((q) => prefixes(q.sources)));
    expect([...carriers].sort()).toEqual(expect.arrayContaining(['000', '001', '003']));
    const prison = brief.quotes.filter((q) => /deserves to be in prison/.test(q.text));
    expect(prison.length).toBeGreaterThan(0);
    for (const quote of prison) expect(quote.speaker).toBe('Elon Musk');
    // One canonical speaker, however the outlets wrote him.
    const speakers = new Set(brief.quotes.map((q) => q.speaker));
    expect([...speakers].filter((s) => s !== null && /Streeting/.test(s))).toEqual([
      'Wes Streeting',
    ]);
  });

  it('5. Sir Keir Starmer, Sir Keir, Keir Starmer and Starmer are one person', () => {
    const starmers = brief.entities.filter(
      (e) =>
        /\b(Starmer|Keir)\b/.test(e.name) || e.aliases.some((a) => /\b(Starmer|Keir)\b/.test(a)),
    );
    expect(starmers).toHaveLength(1);
    const starmer = starmers[0];
    expect(starmer?.type).toBe('person');
    const forms = new Set([starmer?.name, ...(starmer?.aliases ?? [])]);
    for (const form of ['Sir Keir Starmer', 'Sir Keir', 'Starmer']) {
      expect([...forms].some((f) => f === form || f === 'Keir Starmer')).toBe(true);
    }
  });

  it('6. the Rotherham/Rochdale discrepancy is reported with its outlets', () => {
    const towns = brief.discrepancies.find(
      (d) =>
        d.variants.some((v) => /Rochdale/.test(v.text)) &&
        d.variants.some((v) => /Rotherham/.test(v.text)),
    );
    expect(towns).toBeDefined();
    const rochdale = towns?.variants.find((v) => /Rochdale/.test(v.text));
    const rotherham = towns?.variants.find((v) => /Rotherham/.test(v.text));
    expect(prefixes(rochdale?.sources ?? [])).toEqual(['002']);
    expect(prefixes(rotherham?.sources ?? [])).toContain('001');
  });

  it('7. summary: 5-8 sentences, not redundant, cited, multi-outlet facts first', async () => {
    expect(brief.summary.length).toBeGreaterThanOrEqual(5);
    expect(brief.summary.length).toBeLessThanOrEqual(8);
    const vectors = brief.summary.map((s) => termCounts(contentTerms(s.text)));
    for (let i = 0; i < vectors.length; i++) {
      for (let j = i + 1; j < vectors.length; j++) {
        expect(
          cosine(vectors[i] as Map<string, number>, vectors[j] as Map<string, number>),
        ).toBeLessThanOrEqual(0.5);
      }
    }
    // Citation precision: every cited article really carries the statement.
    for (const sentence of brief.summary) {
      expect(sentence.sources.length).toBeGreaterThan(0);
      const terms = new Set(contentTerms(sentence.text));
      for (const id of sentence.sources) {
        const article = await store.getArticle(id);
        const best = Math.max(
          ...(article?.sentences ?? []).map((s) => {
            const other = new Set(contentTerms(s.text));
            return [...terms].filter((t) => other.has(t)).length / terms.size;
          }),
        );
        expect(best).toBeGreaterThanOrEqual(0.4);
      }
    }
    // The Streeting lead is corroborated by 000, 001 and 003 and cites all three.
    const lead = brief.summary.find((s) => /misjudged and certainly misinformed/.test(s.text));
    expect(lead).toBeDefined();
    expect(prefixes(lead?.sources ?? [])).toEqual(expect.arrayContaining(['000', '001', '003']));
    // Musk's "deserves to be in prison", carried by all five outlets, is said once.
    expect(brief.summary.filter((s) => /deserves to be in prison/.test(s.text))).toHaveLength(1);
    // No summary sentence is a quote nobody is named for.
    for (const sentence of brief.summary) expect(sentence.text).not.toMatch(/^[“‘"]/);
    // Facts reported by several outlets rank above single-outlet claims.
    const counts = brief.summary.map((s) => s.sources.length);
    const firstSingle = counts.findIndex((c) => c === 1);
    if (firstSingle >= 0) expect(counts.slice(firstSingle).every((c) => c === 1)).toBe(true);
    expect(counts[0]).toBeGreaterThanOrEqual(3);
  });

  it('8. relative dates resolve against the publish date, and only where there is one', () => {
    const thursday = brief.timeline.find((t) => t.resolved && t.date === '2025-01-02');
    expect(thursday).toBeDefined();
    expect(prefixes(thursday?.sources ?? [])).toContain('003');
    // Every renderer, the web app included, shows the date in the reader's words.
    expect(thursday?.label).toBe('2025-01-02');
    const years = brief.timeline.filter((t) => t.resolved && t.date === '2022');
    for (const entry of years) expect(entry.label).toBe('2022');
    const unresolved = brief.timeline.filter((t) => !t.resolved);
    expect(unresolved.length).toBeGreaterThan(0);
    for (const entry of unresolved) {
      expect(entry.date).toBeNull();
      expect(entry.label).toBeUndefined();
    }
    for (const entry of brief.timeline.filter((t) => t.resolved)) {
      // Nothing may be resolved from an undated article alone unless it is absolute (a year).
      const datedSources = entry.sources.some((id) => prefixOf.get(id) === '003');
      if (!datedSources) expect(entry.date).toMatch(/^\d{4}(-\d{2})?$|^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('re-running on the same inputs adds nothing and keeps the story id', async () => {
    const again = await processArticles(readInputs([SEEDS_DIR]), { store });
    expect(again.inserted).toBe(0);
    expect(again.read).toBe(5);
    const stories = await store.listStories();
    expect(stories.map((s) => s.id)).toEqual([brief.story.id]);
    expect(await store.countArticles()).toBe(5);
  });
});
