import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds, seed } from '../../../test/seeds.js';
import type { CleanArticle, Entity } from '../../types.js';
import { extractEntityMentions, resolveStoryEntities } from './index.js';

let seeds: Map<string, CleanArticle>;
let entities: Entity[];

beforeAll(async () => {
  seeds = await loadSeeds();
  entities = resolveStoryEntities([...seeds.values()]).entities;
});

function entityWith(alias: string): Entity[] {
  return entities.filter((e) => e.name === alias || e.aliases.includes(alias));
}

describe('resolveStoryEntities on the seeds', () => {
  it('makes every Streeting alias one person named Wes Streeting', () => {
    for (const alias of ['Mr Streeting', 'Streeting', 'Wes Streeting', 'The Health Secretary']) {
      expect(entityWith(alias).map((e) => e.name)).toEqual(['Wes Streeting']);
    }
    const streeting = entityWith('Wes Streeting')[0]!;
    expect(streeting.type).toBe('person');
    expect(streeting.roles).toContain('Health Secretary');
    expect(streeting.sources).toHaveLength(5);
  });

  it('makes "Conservative" (the government, the spokesperson) one entity with "Conservatives"', () => {
    expect(entityWith('Conservative').map((e) => e.name)).toEqual(['Conservatives']);
    expect(entities.filter((e) => e.name === 'Conservative')).toEqual([]);
  });

  it('makes "Tories" one organisation with "Conservatives", and "Reform UK Party" one with "Reform UK" (issue #6)', () => {
    expect(entityWith('Tories').map((e) => e.name)).toEqual(['Conservatives']);
    expect(entities.filter((e) => e.name === 'Tories')).toEqual([]);
    const conservatives = entityWith('Conservatives')[0]!;
    expect(conservatives.type).toBe('organisation');
    expect(conservatives.aliases).toEqual(expect.arrayContaining(['Tories', 'Conservative']));
    expect(entityWith('Reform UK Party').map((e) => e.name)).toEqual(['Reform UK']);
    expect(entityWith('Labour Party').map((e) => e.name)).toEqual(['Labour']);
  });

  it('makes every Starmer alias one person named Keir Starmer', () => {
    for (const alias of [
      'Sir Keir Starmer',
      'Sir Keir',
      'Keir Starmer',
      'Starmer',
      'the PM',
      'the premier',
    ]) {
      const found = entities.filter(
        (e) => e.name === alias || e.aliases.some((a) => a.toLowerCase() === alias.toLowerCase()),
      );
      expect(found.map((e) => e.name)).toEqual(['Keir Starmer']);
    }
  });

  it('types places and organisations', () => {
    expect(entityWith('Oldham')[0]?.type).toBe('place');
    expect(entityWith('Home Office')[0]?.type).toBe('organisation');
    expect(entityWith('Greater Manchester Police')[0]?.type).toBe('organisation');
    // The towns are clubs in CoNLL-2003's sports pages; in news they are places (issue 5).
    for (const town of ['Rotherham', 'Rochdale', 'Telford']) {
      expect(entityWith(town).map((e) => e.type)).toEqual(['place']);
    }
  });

  it('types the story’s people as persons, unseen as they were in 1996 Reuters', () => {
    for (const name of ['Elon Musk', 'Jess Phillips', 'Wes Streeting', 'Kemi Badenoch']) {
      expect(entityWith(name).map((e) => e.type)).toEqual(['person']);
    }
    expect(entityWith('Mr Musk').map((e) => e.name)).toEqual(['Elon Musk']);
  });
});

describe('extractEntityMentions', () => {
  it('splits role from name and drops honorifics from the canonical name', () => {
    const clean = seed(seeds, '000');
    const mentions = extractEntityMentions(clean);
    const text = clean.article.text;
    for (const mention of mentions) expect(text.slice(...mention.span)).toBe(mention.text);
    const streeting = mentions.find((m) => m.text === 'Mr Streeting');
    expect(streeting?.canonical).toBe('Wes Streeting');
    expect(mentions.find((m) => m.text === 'Sir Keir')?.canonical).toBe('Keir Starmer');
    expect(mentions.find((m) => m.text === 'Professor Jay')?.canonical).toBe('Alexis Jay');
    expect(mentions.some((m) => m.text.includes('Health Secretary Wes'))).toBe(false);
  });
});
