/**
 * The tense of the verb that governs a temporal expression, as HeidelTime reads it to choose
 * between the Friday before and the Friday after the publish date: the nearest finite verb
 * group before the expression in its sentence, else the first one after it ("On Tuesday, the
 * league will air…"). Part-of-speech tags come from compromise.
 *
 *   "the king met Monday"                  → past      (the Monday before)
 *   "the monarch will meet Bush on Thursday" → future  (the Thursday after)
 *   "it had been due to expire Friday"     → past      (pluperfect wins over "due to")
 *   "has scheduled a news conference Thursday" → future (plans are about what comes next)
 */
import nlp from 'compromise';

export type Tense = 'past' | 'present' | 'future';

interface Term {
  /** The word with contractions expanded ("won't" → "will", "he's" → "is"). */
  word: string;
  start: number;
  end: number;
  tags: Set<string>;
}

interface VerbGroup {
  start: number;
  end: number;
  tense: Tense | null;
}

interface CompromiseTerm {
  text: string;
  offset: { start: number; length: number };
  terms: { normal: string; implicit?: string; tags: string[] }[];
}

const FUTURE_MODALS = new Set(['will', 'shall', "'ll", 'wo']);
/**
 * Heads that put the event in the future when "to" + verb follows: "is to meet", "is due to
 * vote", "plans to leave", "is set to resume", "is going to sign".
 */
const FUTURE_HEADS = new Set(
  (
    'is are am be was were going due set scheduled expected poised planned plans plan planning ' +
    'intends intend intended slated ready prepared preparing hopes hope aims aim poised about likely'
  ).split(' '),
);
/** Not "planned": "the service planned for Saturday was canceled" is as common as a plan ahead. */
const PLAN_HEADS = new Set(['scheduled', 'slated', 'rescheduled', 'due', 'expected']);
/** Words that may sit inside a verb group without ending it ("has not yet met", "will also"). */
const INNER_ADVERBS = new Set(['not', 'also', 'still', 'just', 'already', 'yet', 'never', 'now']);

function terms(sentence: string): Term[] {
  const json = nlp(sentence).terms().json({ offset: true }) as CompromiseTerm[];
  return json.map((item) => {
    const term = item.terms[0];
    return {
      word: (term?.implicit ?? term?.normal ?? item.text).toLowerCase(),
      start: item.offset.start,
      end: item.offset.start + item.offset.length,
      tags: new Set(term?.tags ?? []),
    };
  });
}

function groupTense(group: Term[], before: Term | undefined, after: Term[]): Tense | null {
  const words = group.map((t) => t.word);
  const last = group[group.length - 1]!;
  // "to meet", "seeking": not finite, so they say nothing about when.
  if (before?.word === 'to') return null;
  if (group.every((t) => t.tags.has('Gerund') || (t.tags.has('Infinitive') && group.length > 1)))
    return null;
  if (group.length === 1 && group[0]!.tags.has('Gerund')) return null;
  // Pluperfect first: "had been scheduled to expire Friday" is a Friday gone by.
  if (words.includes('had')) return 'past';
  if (words.some((w) => FUTURE_MODALS.has(w))) return 'future';
  if (words.includes('going') && (words.includes('to') || after[0]?.word === 'to')) return 'future';
  if (FUTURE_HEADS.has(last.word) && after[0]?.word === 'to' && after[1]?.tags.has('Verb'))
    return 'future';
  // "is due to vote", "are poised to": compromise tags the middle word as an adjective.
  if (
    FUTURE_HEADS.has(last.word) &&
    FUTURE_HEADS.has(after[0]?.word ?? '') &&
    after[1]?.word === 'to'
  )
    return 'future';
  // Plans are about what comes next, even when the planning is past: "has scheduled a news
  // conference Thursday", "the vote was slated for Friday".
  if (PLAN_HEADS.has(last.word)) return 'future';
  // "would be traveling Thursday": a plan reported in the past.
  if (words.includes('would') && words.includes('be')) return 'future';
  if ((words.includes('has') || words.includes('have')) && group.length > 1) return 'past';
  if (group.some((t) => t.tags.has('PastTense'))) return 'past';
  if (group.some((t) => t.tags.has('PresentTense') || t.tags.has('Copula'))) return 'present';
  return null;
}

function verbGroups(list: Term[], exclude: [number, number]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let index = 0;
  const isVerb = (t: Term): boolean =>
    t.tags.has('Verb') && !(t.start < exclude[1] && exclude[0] < t.end);
  while (index < list.length) {
    if (!isVerb(list[index]!)) {
      index++;
      continue;
    }
    const first = index;
    const group: Term[] = [];
    while (
      index < list.length &&
      (isVerb(list[index]!) || (group.length > 0 && INNER_ADVERBS.has(list[index]!.word)))
    ) {
      if (isVerb(list[index]!)) group.push(list[index]!);
      index++;
    }
    groups.push({
      start: group[0]!.start,
      end: group[group.length - 1]!.end,
      tense: groupTense(group, list[first - 1], list.slice(index, index + 2)),
    });
  }
  return groups;
}

/**
 * The tense governing the expression at [start, end) of `sentence` (offsets into the sentence):
 * 'past' or 'future', or null when no verb in the sentence says either.
 *
 * @example
 * governingTense('The monarch will meet Bush on Thursday.', 30, 38) // → 'future'
 */
export function governingTense(sentence: string, start: number, end: number): Tense | null {
  const groups = verbGroups(terms(sentence), [start, end]).filter((g) => g.tense !== null);
  const governing =
    groups.filter((g) => g.end <= start).pop() ?? groups.find((g) => g.start >= end);
  // Present tense is not trusted: compromise tags plural nouns as present verbs ("peace talks
  // on Feb. 20", "the job figures for January"), and in news the present is as often a
  // headline past as a coming event.
  return governing?.tense === 'present' ? null : (governing?.tense ?? null);
}
