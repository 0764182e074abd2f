import { describe, expect, it } from 'vitest';
import { cleanFromText } from '../../clean/index.js';
import { PARTY_ALIASES, mergePartyAliases } from './party-aliases.js';
import { resolveStoryEntities, type MentionDetail } from './resolve-story.js';

function mention(canonical: string, type: MentionDetail['type'] = 'organisation'): MentionDetail {
  return {
    text: canonical,
    span: [0, canonical.length],
    type,
    canonical,
    name: canonical.split(' '),
    honorific: null,
    role: null,
  };
}

const names = (all: MentionDetail[][]): string[] => all.flat().map((m) => m.canonical);

describe('mergePartyAliases', () => {
  it('names a party by its formal name when the story writes one, however rare', () => {
    const all = [[mention('Tories'), mention('Tories')], [mention('Conservatives')]];
    mergePartyAliases(all);
    expect(names(all)).toEqual(['Conservatives', 'Conservatives', 'Conservatives']);
  });

  it('keeps the nickname when the story writes nothing else, and merges its other forms', () => {
    const all = [[mention('GOP'), mention('Grand Old Party'), mention('GOP')]];
    mergePartyAliases(all);
    expect(names(all)).toEqual(['GOP', 'GOP', 'GOP']);
    const alone = [[mention('Lib Dems')]];
    mergePartyAliases(alone);
    expect(names(alone)).toEqual(['Lib Dems']);
  });

  it('matches whole names only, leaves persons and other parties alone', () => {
    const all = [
      [
        mention('Social Democrats'),
        mention('Democrats'),
        mention('Dems'),
        mention('Republicans'),
        mention('Tory', 'person'),
        mention('Conservatives'),
      ],
    ];
    mergePartyAliases(all);
    expect(names(all)).toEqual([
      'Social Democrats',
      'Democrats',
      'Democrats',
      'Republicans',
      'Tory',
      'Conservatives',
    ]);
  });

  it('lists every form in one row only (two rows sharing a form would merge two parties)', () => {
    const forms = PARTY_ALIASES.flatMap((row) =>
      [...row.names, ...row.nicknames, ...row.adjectives].map((f) => f.toLowerCase()),
    );
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('gives one entity for the Republicans, the GOP and the Republican Party in a story', () => {
    const text =
      'Republicans in the Senate blocked the bill on Tuesday. The GOP has opposed the measure ' +
      'for months, and Republican senators said they would not change course.\n' +
      'Democrats said the Republican Party was stalling.';
    const { entities } = resolveStoryEntities([cleanFromText('t', text)]);
    const gop = entities.filter((e) =>
      [e.name, ...e.aliases].some((a) => /Republican|GOP/.test(a)),
    );
    expect(gop.map((e) => e.name)).toEqual(['Republicans']);
    expect(gop[0]!.aliases).toEqual(expect.arrayContaining(['GOP', 'Republican Party']));
    expect(entities.find((e) => e.name === 'Democrats')?.aliases).toEqual([]);
  });
});
