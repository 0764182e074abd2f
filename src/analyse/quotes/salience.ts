/**
 * Who "he" and "she" are: the speaker of the previous sentence's attribution, else that
 * sentence's subject, else the latest speaker nearby, else the latest person mentioned,
 * skipping people of the other gender when the gender is known.
 */
import type { EntityMention } from '../../types.js';
import { FEMALE_HONORIFICS, MALE_HONORIFICS, lexiconTag } from '../entities/lexicon.js';

type Gender = 'male' | 'female' | null;

/** How many sentences back the latest speaker still answers a pronoun. */
export const SPEAKER_MEMORY = 3;

interface Sighting {
  canonical: string;
  sentence: number;
}

const PREPOSITIONS = /\b(?:of|to|for|with|by|on|at|in|from|about|against|if|and)\s+$/;

export class Salience {
  private readonly genders = new Map<string, Gender>();
  private readonly speakers: Sighting[] = [];
  private readonly subjects = new Map<number, { canonical: string; start: number }>();
  private readonly people: { canonical: string; start: number }[] = [];
  /** Sentences that open with he/she: their subject is that pronoun. */
  private readonly openers = new Map<number, { pronoun: string; start: number }>();

  /** Record the sentences that open with a personal pronoun. */
  openings(text: string, sentences: readonly { index: number; span: [number, number] }[]): void {
    for (const sentence of sentences) {
      const match = /^\s*(?:[A-Z][a-z]+ [A-Z]?[a-z]+, )?(he|she|He|She)\b/.exec(
        text.slice(sentence.span[0], sentence.span[0] + 40),
      );
      if (match)
        this.openers.set(sentence.index, {
          pronoun: match[1]!.toLowerCase(),
          start: sentence.span[0] + match.index,
        });
    }
  }

  constructor(
    text: string,
    mentions: readonly EntityMention[],
    sentenceOf: (at: number) => number,
    /** Whether a position is inside a quotation: names there are not the narrative's subjects. */
    quoted: (at: number) => boolean,
  ) {
    for (const mention of mentions) {
      if (mention.type !== 'person' || quoted(mention.span[0])) continue;
      this.people.push({ canonical: mention.canonical, start: mention.span[0] });
      this.learnGender(mention);
      const sentence = sentenceOf(mention.span[0]);
      const possessive = /^[’']s/.test(text.slice(mention.span[1], mention.span[1] + 2));
      const before = text.slice(Math.max(0, mention.span[0] - 12), mention.span[0]);
      if (!this.subjects.has(sentence) && !possessive && !PREPOSITIONS.test(before)) {
        this.subjects.set(sentence, { canonical: mention.canonical, start: mention.span[0] });
      }
    }
  }

  private learnGender(mention: EntityMention): void {
    const words = mention.text.toLowerCase().split(/\s+/);
    let gender: Gender = null;
    for (const word of words) {
      if (
        MALE_HONORIFICS.has(word) ||
        (/MaleName/.test(lexiconTag(word)) && !/Female/.test(lexiconTag(word)))
      )
        gender = 'male';
      if (FEMALE_HONORIFICS.has(word) || /FemaleName/.test(lexiconTag(word))) gender = 'female';
      if (gender) break;
    }
    if (gender && !this.genders.get(mention.canonical)) this.genders.set(mention.canonical, gender);
  }

  /** Record an attribution's resolved speaker. */
  spoke(canonical: string, sentence: number): void {
    this.speakers.push({ canonical, sentence });
  }

  private fits(canonical: string, pronoun: string): boolean {
    const gender = this.genders.get(canonical) ?? null;
    if (pronoun === 'he' || pronoun === 'him') return gender !== 'female';
    if (pronoun === 'she' || pronoun === 'her') return gender !== 'male';
    return true;
  }

  /** The person a pronoun at `at` (in sentence `sentence`) most likely refers to. */
  resolve(pronoun: string, sentence: number, at: number, depth = 0): string | null {
    const lower = pronoun.toLowerCase();
    if (!['he', 'she', 'him', 'her'].includes(lower)) return null;
    // A subject earlier in the same sentence: "Musk has …, while …, he tweeted".
    const current = this.subjects.get(sentence);
    if (current && current.start < at && this.fits(current.canonical, lower))
      return current.canonical;
    const previous = [...this.speakers].reverse().find((s) => s.sentence === sentence - 1);
    if (previous && this.fits(previous.canonical, lower)) return previous.canonical;
    // "He urged Musk …" before: the previous sentence's subject is itself a pronoun.
    const opener = this.openers.get(sentence - 1);
    if (opener && opener.pronoun === lower && depth < SPEAKER_MEMORY) {
      return this.resolve(opener.pronoun, sentence - 1, opener.start, depth + 1);
    }
    const subject = this.subjects.get(sentence - 1)?.canonical;
    if (subject && this.fits(subject, lower)) return subject;
    const recent = [...this.speakers]
      .reverse()
      .find(
        (s) =>
          s.sentence < sentence &&
          s.sentence >= sentence - SPEAKER_MEMORY &&
          this.fits(s.canonical, lower),
      );
    if (recent) return recent.canonical;
    const mentioned = [...this.people]
      .reverse()
      .find((p) => p.start < at && this.fits(p.canonical, lower));
    return mentioned?.canonical ?? null;
  }

  /** The latest speaker within SPEAKER_MEMORY sentences: for "the minister continued". */
  latestSpeaker(sentence: number): string | null {
    const last = this.speakers[this.speakers.length - 1];
    return last && last.sentence >= sentence - SPEAKER_MEMORY ? last.canonical : null;
  }
}
