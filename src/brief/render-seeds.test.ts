/**
 * The seed brief a fact-checker reads (issue #6), rendered from the five real seed articles:
 * dated events first and unanchored relative dates folded, one party under one name in the
 * ledger and the who-is-who, and every top ledger row attributed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../test/seeds.js';
import { analyseStory } from '../analyse/index.js';
import type { Brief } from '../types.js';
import { buildBrief } from './build-brief.js';
import { renderBrief } from './render.js';

let brief: Brief;
let markdown: string;
let html: string;
const section = (name: string): string =>
  markdown.split(`**${name}**`)[1]?.split(/\n\*\*/)[0] ?? '';

beforeAll(async () => {
  const articles = [...(await loadSeeds()).values()];
  brief = buildBrief('st_seeds', articles, analyseStory(articles), [], {
    now: () => new Date(0),
  });
  markdown = renderBrief(brief, 'md');
  html = renderBrief(brief, 'html');
});

describe('seed brief', () => {
  it('keeps every timeline entry in JSON, the undated articles’ relative dates unanchored', () => {
    const unresolved = brief.timeline.filter((entry) => !entry.resolved);
    expect(unresolved.length).toBeGreaterThan(5);
    const undated = new Set(
      brief.story.articles.filter((ref) => !ref.published).map((ref) => ref.id),
    );
    // "Friday" in 001 is not 003's Friday: no undated article borrows 003's publish date.
    for (const entry of brief.timeline.filter((e) => e.dateText === 'Friday'))
      if (entry.sources.every((id) => undated.has(id))) expect(entry.resolved).toBe(false);
  });

  it('lists dated events in date order, then folds the unanchored ones into one line', () => {
    const lines = section('Timeline').trim().split('\n');
    const entries = lines.filter((line) => line.startsWith('- '));
    const unresolved = brief.timeline.filter((entry) => !entry.resolved).length;
    // Each sentence once: a second date of a shown sentence is named on its line instead.
    const repeated = brief.timeline.filter((entry) => entry.alsoUnder !== undefined).length;
    expect(repeated).toBe(2);
    expect(entries).toHaveLength(brief.timeline.length - unresolved - repeated);
    expect(entries.some((line) => line.includes('unresolved'))).toBe(false);
    const folded = lines.filter((line) => line.includes('we could not anchor'));
    expect(folded).toHaveLength(1);
    expect(folded[0]).toMatch(new RegExp(`^${unresolved} mentions with a relative date`));
    expect(folded[0]).toContain('“Sunday” [002]');
    expect(lines.indexOf(folded[0]!)).toBe(lines.length - 1);
    const dates = brief.timeline.filter((e) => e.resolved).map((e) => e.date!.slice(0, 4));
    expect(dates).toEqual([...dates].sort());
  });

  it('folds the unanchored entries into a closed <details> in HTML', () => {
    const timeline = html.slice(html.indexOf('<h2>Timeline</h2>'), html.indexOf('<h2>Coverage'));
    const details = timeline.indexOf('<details class="unanchored">');
    expect(details).toBeGreaterThan(0);
    expect(timeline.slice(0, details)).not.toContain('unresolved');
    expect(timeline.slice(details)).toContain('“Sunday” (unresolved)');
  });

  it('names the Conservatives once: "Tories" is an alias, never a speaker or an entity', () => {
    expect(section('Who is who')).toMatch(/- Conservatives \(organisation\): also [^\n]*Tories/);
    expect(section('Who is who')).not.toMatch(/- Tories/);
    expect(brief.quotes.some((quote) => quote.speaker === 'Tories')).toBe(false);
    const factually = brief.quotes.find((q) =>
      q.text.includes('sharing things that are factually'),
    );
    expect(factually?.speaker).toBe('Conservatives');
  });

  it('attributes every ledger row the Markdown shows', () => {
    const rows = section('Quote ledger')
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| speaker'));
    expect(rows.length).toBe(15);
    expect(rows.filter((row) => row.startsWith('| unattributed'))).toEqual([]);
    const sleeves = brief.quotes.find((q) =>
      (q.variants ?? []).some((v) => v.text === 'roll up his sleeves and work with us'),
    );
    expect(sleeves?.speaker).toBe('Wes Streeting');
    expect(brief.quotes.find((q) => q.text === 'rape gangs')?.speaker).toBe('Elon Musk');
  });
});

describe('seed brief facts', () => {
  it('lists corroborated facts with their speakers, then what one outlet alone reports', () => {
    const facts = section('Corroborated facts').trim().split('\n');
    expect(facts.length).toBeGreaterThan(5);
    expect(facts.some((line) => line.startsWith('- Wes Streeting: “If he wants to work'))).toBe(
      true,
    );
    expect(facts.some((line) => line.startsWith('- Andrew Gwynne: “There comes a point'))).toBe(
      true,
    );
    const single = section('Single-source claims').trim().split('\n');
    // Up to two per article, each citing exactly one article.
    expect(single.length).toBeGreaterThanOrEqual(5);
    expect(single.length).toBeLessThanOrEqual(10);
    for (const line of single) expect(line).toMatch(/ \[\d{3}\]$/);
    expect(
      single.some((line) => line.includes('“disgraceful smear”') && line.endsWith('[002]')),
    ).toBe(true);
  });
});
