/**
 * Story-level entity resolution: one canonical entity for every alias of a story.
 *
 *   1. candidates and types per article: capitalised runs, roles and honorifics from the
 *      rules; boundaries and types from the statistical tagger (tagger/, models/)
 *   2. full person names across the story: "Keir Starmer" (honorifics dropped)
 *   3. single words to full names: "Starmer" by surname, "Sir Keir" by first name
 *   4. roles learnt from "Health Secretary Wes Streeting" (+ synonyms: PM = premier)
 *   5. role-only mentions ("the Health Secretary", "the PM") to the role's holder
 *   6. a single-word group name's singular to its plural ("Conservative" → "Conservatives"),
 *      then a party's nicknames and short forms to its name ("Tories" → "Conservatives";
 *      the table is in party-aliases.ts)
 *   7. entities: canonical name, aliases, roles, sources, mention counts
 */
import type { CleanArticle, Entity, EntityMention, EntityType } from '../../types.js';
import { findNameCandidates, type NameCandidate } from './candidates.js';
import { classifyCandidates, nameKey, type Gazetteer } from './classify.js';
import { FIRST_NAME_HONORIFICS, isFirstName } from './lexicon.js';
import { mergePartyAliases } from './party-aliases.js';
import { findRoleMentions } from './role-mentions.js';
import { ROLE_SYNONYMS, isSpecificRole, roleKey } from './roles.js';
import { reconcileWithTagger } from './tagged-candidates.js';
import type { NerModel } from './tagger/perceptron.js';
import { defaultNerModel, tagEntities } from './tagger/tag-entities.js';

/** An entity mention with the parts the resolver and the quote attributor use. */
export interface MentionDetail extends EntityMention {
  /** Name words without honorific; empty for a role-only mention. */
  name: string[];
  honorific: string | null;
  /** Role as written, or null. */
  role: string | null;
}

export interface EntityOptions {
  /** Known names and types (lower-cased keys), consulted before the rules. Default: none. */
  gazetteer?: Gazetteer;
  /**
   * Statistical tagger deciding entity boundaries and types. Default: the committed
   * CoNLL-2003 model (`models/ner-conll.json.gz`, loaded once; STORYLINE_NER_MODEL names
   * another file, or `none`); null = rules only.
   */
  model?: NerModel | null;
}

export interface StoryEntities {
  entities: Entity[];
  /** Per article id: mentions whose `canonical` is the story-level name. */
  mentions: Map<string, MentionDetail[]>;
}

interface PersonName {
  display: string;
  count: number;
}

function typedCandidates(
  text: string,
  options: EntityOptions,
): { candidates: NameCandidate[]; types: EntityType[] } {
  const found = findNameCandidates(text);
  const model = options.model === undefined ? defaultNerModel() : options.model;
  if (!model)
    return { candidates: found, types: classifyCandidates(text, found, options.gazetteer) };
  const reconciled = reconcileWithTagger(text, found, tagEntities(text, model));
  const candidates = reconciled.map((entry) => entry.candidate);
  const tagged = reconciled.map((entry) => entry.tagged);
  return { candidates, types: classifyCandidates(text, candidates, options.gazetteer, tagged) };
}

function articleMentions(text: string, options: EntityOptions): MentionDetail[] {
  const { candidates, types } = typedCandidates(text, options);
  return candidates.map((candidate, index) => {
    const roleOnly = candidate.name.length === 0;
    // Role mentions keep their determiner: "the PM" is the alias as written.
    const start = roleOnly && candidate.before === 'the' ? candidate.start - 4 : candidate.start;
    const mentionText = text.slice(start, candidate.end);
    return {
      text: mentionText,
      span: [start, candidate.end],
      type: types[index]!,
      canonical: roleOnly ? mentionText : candidate.name.join(' '),
      name: candidate.name,
      honorific: candidate.honorific,
      role: candidate.role,
    };
  });
}

function learnFullNames(all: MentionDetail[][]): Map<string, PersonName> {
  const names = new Map<string, PersonName>();
  for (const mention of all.flat()) {
    if (mention.type !== 'person' || mention.name.length < 2) continue;
    const key = nameKey(mention.name);
    const entry = names.get(key) ?? { display: mention.name.join(' '), count: 0 };
    entry.count++;
    names.set(key, entry);
  }
  return names;
}

function bestFullName(
  word: string,
  useFirst: boolean,
  names: Map<string, PersonName>,
): string | null {
  let found: PersonName | null = null;
  for (const [key, entry] of names) {
    const parts = key.split(' ');
    const hit = useFirst ? parts[0] === word : parts[parts.length - 1] === word;
    if (hit && (!found || entry.count > found.count)) found = entry;
  }
  return found?.display ?? null;
}

function personCanonical(mention: MentionDetail, names: Map<string, PersonName>): string {
  if (mention.name.length >= 2)
    return names.get(nameKey(mention.name))?.display ?? mention.canonical;
  const word = (mention.name[0] ?? '').toLowerCase();
  const firstHonorific = FIRST_NAME_HONORIFICS.has((mention.honorific ?? '').toLowerCase());
  if (firstHonorific) return bestFullName(word, true, names) ?? mention.canonical;
  return (
    bestFullName(word, false, names) ??
    (isFirstName(word) ? bestFullName(word, true, names) : null) ??
    mention.canonical
  );
}

function display(key: string): string {
  return key.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
}

/** Resolve every article of a story; see the module comment for the steps. */
export function resolveStoryEntities(
  articles: readonly CleanArticle[],
  options: EntityOptions = {},
): StoryEntities {
  // 1. Candidates and types per article.
  const perArticle = articles.map((clean) => articleMentions(clean.article.text, options));
  // 2. Full person names.
  const names = learnFullNames(perArticle);
  const surnames = new Set([...names.keys()].map((key) => key.split(' ').pop()!));
  // 3. Single words: persons by surname/first name; a bare surname is a person story-wide.
  for (const mentions of perArticle) {
    for (const mention of mentions) {
      if (mention.name.length === 1 && surnames.has(mention.name[0]!.toLowerCase())) {
        if (mention.type === 'other' || mention.type === 'organisation') mention.type = 'person';
      }
      // A full name typed a person anywhere in the story is one everywhere: "Mr Musk" in one
      // article makes "Elon Musk" a person in the article that never says "Mr".
      if (mention.name.length >= 2 && names.has(nameKey(mention.name))) mention.type = 'person';
      if (mention.type === 'person' && mention.name.length > 0) {
        mention.canonical = personCanonical(mention, names);
      }
    }
  }
  // 4. Roles learnt from role + name.
  const holders = new Map<string, Map<string, number>>();
  for (const mention of perArticle.flat()) {
    if (mention.type !== 'person' || !mention.role || mention.name.length === 0) continue;
    const key = roleKey(mention.role);
    if (!key || !isSpecificRole(key)) continue;
    const counts = holders.get(key) ?? new Map<string, number>();
    counts.set(mention.canonical, (counts.get(mention.canonical) ?? 0) + 1);
    holders.set(key, counts);
  }
  const holderOf = new Map<string, string>();
  for (const [key, counts] of holders) {
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    holderOf.set(key, ranked[0]![0]);
  }
  // 5. Role-only mentions, with the capitalised ones found in step 1.
  const roleKeys = new Set([...holderOf.keys(), ...ROLE_SYNONYMS.values()]);
  articles.forEach((clean, index) => {
    const mentions = perArticle[index]!;
    const text = clean.article.text;
    const taken = new Set<number>();
    for (const m of mentions) for (let at = m.span[0]; at < m.span[1]; at++) taken.add(at);
    for (const role of findRoleMentions(text, roleKeys)) {
      if (taken.has(role.start) || taken.has(role.end - 1)) continue;
      const roleText = text.slice(role.start, role.end);
      mentions.push({
        text: roleText,
        span: [role.start, role.end],
        type: 'person',
        canonical: roleText,
        name: [],
        honorific: null,
        role: role.role,
      });
    }
    for (const mention of mentions) {
      if (mention.name.length > 0 || !mention.role) continue;
      const key = roleKey(mention.role);
      mention.canonical = holderOf.get(key) ?? (roleKeys.has(key) ? display(key) : '');
    }
    // A role nobody holds in the story ("DPP", "the minister") is not an entity mention.
    perArticle[index] = mentions
      .filter((mention) => mention.canonical !== '')
      .sort((a, b) => a.span[0] - b.span[0]);
  });
  // 6. "Conservative" beside "Conservatives", "Democrat" beside "Democrats": a group and its
  // member or adjective form are one entity, named by the plural the story also uses.
  mergeSingularForms(perArticle);
  mergePartyAliases(perArticle);
  // 7. Entities.
  return {
    entities: buildEntities(articles, perArticle),
    mentions: mentionMap(articles, perArticle),
  };
}

function mergeSingularForms(all: MentionDetail[][]): void {
  const plural = new Map<string, string>();
  for (const mention of all.flat())
    if (mention.type !== 'person' && /\p{Ll}s$/u.test(mention.canonical))
      plural.set(mention.canonical.toLowerCase(), mention.canonical);
  for (const mention of all.flat()) {
    if (mention.type === 'person' || mention.canonical.includes(' ')) continue;
    const group = plural.get(`${mention.canonical.toLowerCase()}s`);
    if (group) mention.canonical = group;
  }
}

function mentionMap(
  articles: readonly CleanArticle[],
  all: MentionDetail[][],
): Map<string, MentionDetail[]> {
  const map = new Map<string, MentionDetail[]>();
  articles.forEach((clean, index) => map.set(clean.article.id, all[index]!));
  return map;
}

function buildEntities(articles: readonly CleanArticle[], all: MentionDetail[][]): Entity[] {
  const byName = new Map<
    string,
    Entity & { typeVotes: Map<EntityType, number>; roleKeys: Set<string> }
  >();
  articles.forEach((clean, index) => {
    for (const mention of all[index]!) {
      const key = mention.canonical.toLowerCase();
      let entity = byName.get(key);
      if (!entity) {
        entity = {
          name: mention.canonical,
          type: mention.type,
          aliases: [],
          roles: [],
          sources: [],
          mentions: 0,
          typeVotes: new Map(),
          roleKeys: new Set(),
        };
        byName.set(key, entity);
      }
      entity.mentions++;
      entity.typeVotes.set(mention.type, (entity.typeVotes.get(mention.type) ?? 0) + 1);
      const alias = mention.text.replace(/[’']s$/, '');
      const seen = entity.aliases.some((known) => known.toLowerCase() === alias.toLowerCase());
      if (alias.toLowerCase() !== entity.name.toLowerCase() && !seen) entity.aliases.push(alias);
      if (!entity.sources.includes(clean.article.id)) entity.sources.push(clean.article.id);
      const roleId = mention.role ? roleKey(mention.role) : '';
      if (mention.role && roleId && !entity.roleKeys.has(roleId)) {
        entity.roleKeys.add(roleId);
        entity.roles.push(mention.role);
      }
    }
  });
  const entities: Entity[] = [];
  for (const entity of byName.values()) {
    const type = [...entity.typeVotes].sort((a, b) => b[1] - a[1])[0]![0];
    const { name, aliases, roles, sources, mentions } = entity;
    entities.push({ name, type, aliases, roles, sources, mentions });
  }
  return entities.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
