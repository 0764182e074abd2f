/**
 * Who a definite description stands for, story-wide: "The US technology billionaire accused
 * …" is Elon Musk when the story calls him "tech billionaire Mr Musk" elsewhere (issue #6).
 *
 *   1. heads: a common noun written right before a person's name ("tech billionaire Mr Musk",
 *      "Tech multi-billionaire Musk") describes that person: billionaire → Elon Musk
 *   2. what they own or run: a capitalised word inside a description resolved by its head
 *      ("the Tesla billionaire") names something of that person's (Tesla → Elon Musk), so a
 *      description whose head says owning or running ("The Tesla owner", "The Tesla and Space
 *      X boss") is him too. Only such heads: "the US ambassador" is nobody's "US".
 *
 * A word that describes two people of the story ("minister": Jess Phillips and Andrew
 * Gwynne) resolves nothing. Used only for quotes whose speaker nothing else resolved.
 */
import type { CleanArticle, EntityMention } from '../../types.js';
import { isClauseWord } from '../entities/lexicon.js';

/** Words of a description, its head included ("the Tesla and Space X boss"). */
export const MAX_DESCRIPTION_WORDS = 5;

const DESCRIPTION = new RegExp(
  `^(?:[Tt]he\\s+)?((?:[\\p{L}\\d][\\p{L}\\d-]*\\s+){0,${MAX_DESCRIPTION_WORDS - 1}})(\\p{Ll}[\\p{Ll}-]*)$`,
  'u',
);
/** Heads that relate a person to what they own or run: "the Tesla owner", "the X boss". */
export const OWNER_HEADS = new Set(
  'owner owners boss founder co-founder cofounder proprietor chief chairman chairwoman'.split(' '),
);
/** Function words that join modifiers ("the Tesla and Space X boss") and never describe. */
const JOINERS = new Set(['and', 'of', '&']);

const INDEFINITE = /^(?:a|an|one|some|another|several|many)\s/i;
/** "presidents", not "boss" or "status". */
const isPlural = (word: string): boolean => /[^su]s$/.test(word.toLowerCase());

/** The head noun of a hyphenated word: "multi-billionaire" → "billionaire". */
const headOf = (word: string): string => word.toLowerCase().split('-').pop() ?? '';

export class Descriptions {
  private readonly heads = new Map<string, Set<string>>();
  private readonly modifiers = new Map<string, Set<string>>();

  /**
   * @param articles the story's articles
   * @param mentions per article id, entity mentions with story-level canonical names
   */
  constructor(
    articles: readonly CleanArticle[],
    mentions: ReadonlyMap<string, readonly EntityMention[]>,
  ) {
    // 1. Heads written before a person's name.
    for (const clean of articles) {
      const text = clean.article.text;
      for (const mention of mentions.get(clean.article.id) ?? []) {
        if (mention.type !== 'person') continue;
        const before = /([\p{L}-]+) $/u.exec(
          text.slice(Math.max(0, mention.span[0] - 40), mention.span[0]),
        );
        const word = before?.[1] ?? '';
        // "tech billionaire Musk", "Tech multi-billionaire Musk": lower case, or opening the
        // sentence; never a verb, preposition or the like ("said Musk", "with Musk").
        if (
          !word ||
          (/^\p{Lu}\p{L}*$/u.test(word) &&
            !/(?:^|[.!?]\s+|\n)$/.test(text.slice(0, mention.span[0] - word.length - 1)))
        )
          continue;
        const head = headOf(word);
        if (head.length < 3 || isClauseWord(head)) continue;
        add(this.heads, head, mention.canonical);
      }
    }
    // 2. Capitalised modifiers of the descriptions their head resolves: after each "the",
    // the first lower-case word within MAX_DESCRIPTION_WORDS is the head.
    for (const clean of articles) {
      const text = clean.article.text;
      const places = (mentions.get(clean.article.id) ?? []).filter((m) => m.type === 'place');
      for (const the of text.matchAll(/\bthe\s+/giu)) {
        const words = [
          ...text.slice(the.index + the[0].length).matchAll(/[\p{L}\d][\p{L}\d-]*/gu),
        ].slice(0, MAX_DESCRIPTION_WORDS);
        const head = words.findIndex((word) => /^\p{Ll}/u.test(word[0]));
        if (head < 1) continue;
        const person = this.unique(this.heads, headOf(words[head]![0]));
        if (!person) continue;
        for (const word of words.slice(0, head)) {
          const at = the.index + the[0].length + word.index;
          const place = places.some((m) => m.span[0] <= at && at < m.span[1]);
          if (!place && !JOINERS.has(word[0].toLowerCase())) add(this.modifiers, word[0], person);
        }
      }
    }
  }

  /** The person a description ("The Tesla owner") stands for, or null. */
  resolve(description: string): string | null {
    const match = DESCRIPTION.exec(description.trim());
    if (!match) return null;
    // "A senior senator" brings someone in, "the former presidents" are several: neither is
    // the one person a word describes (both misfired on NeuS stories).
    if (INDEFINITE.test(match[1]!) || isPlural(match[2]!)) return null;
    const byHead = this.unique(this.heads, headOf(match[2]!));
    if (byHead) return byHead;
    if (!OWNER_HEADS.has(match[2]!.toLowerCase())) return null;
    const people = new Set<string>();
    for (const word of match[1]!.trim().split(/\s+/)) {
      if (!/^\p{Lu}/u.test(word)) continue;
      const person = this.unique(this.modifiers, word);
      if (person) people.add(person);
    }
    return people.size === 1 ? [...people][0]! : null;
  }

  private unique(map: ReadonlyMap<string, Set<string>>, key: string): string | null {
    const people = map.get(key);
    return people?.size === 1 ? [...people][0]! : null;
  }
}

function add(map: Map<string, Set<string>>, key: string, person: string): void {
  const people = map.get(key) ?? new Set<string>();
  people.add(person);
  map.set(key, people);
}
