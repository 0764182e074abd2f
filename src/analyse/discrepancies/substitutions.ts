/**
 * Substitutions between two sentences about the same thing: a name, number or date in one
 * where the other has a different one, with the same words around it.
 *
 *   A: … other towns like  [Rotherham] and Telford and commission …
 *   B: … inquiries set up in [Rochdale] and Telford.
 *                                       └─ shared right context "and Telford" ─┘
 *
 * A slot counts only when its words appear nowhere in the other sentence (so reordered or
 * shortened lists, "Rotherham, Cornwall and Bristol" vs "Rotherham and Bristol", never do), the
 * other side is a slot of the same kind, and the shared context holds a content word.
 */
import { isStopWord } from '../../util/tokens.js';

export type SlotKind = 'name' | 'number' | 'date';

export interface SlotToken {
  text: string;
  /** Lower-cased, possessive dropped: the comparison key. */
  key: string;
  start: number;
  end: number;
  kind: SlotKind | null;
}

export interface Substitution {
  kind: SlotKind;
  /** Token ranges [from, to] (inclusive) of the slot in each sentence. */
  slotA: [number, number];
  slotB: [number, number];
  /** Display ranges: the slot plus the shared context that anchors it. */
  shownA: [number, number];
  shownB: [number, number];
  /** The shared context, slot elided: "… and Telford". */
  about: string;
}

export interface SubstitutionOptions {
  /** Longest slot in tokens. Default: `DEFAULT_MAX_SLOT_TOKENS` (3). */
  maxSlotTokens?: number;
  /** Context tokens shown beside the slot. Default: `DEFAULT_SHOWN_CONTEXT` (2). */
  shownContext?: number;
}

export const DEFAULT_MAX_SLOT_TOKENS = 3;
export const DEFAULT_SHOWN_CONTEXT = 2;

/** Words with inner apostrophes, hyphens and digit separators kept ("1,400", "2010-2014"). */
const TOKEN_RE = /[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu;
const DATE_WORDS =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:1[89]|20)\d\d)$/;
const NUMBER_WORDS =
  /^(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen)$/;

/**
 * Tokens of a sentence with their slot kind. `properNouns` holds keys seen capitalised inside a
 * sentence somewhere in the story, so a sentence-initial capital counts as a name only if the
 * word is a name elsewhere too.
 */
export function slotTokens(text: string, properNouns: ReadonlySet<string>): SlotToken[] {
  const out: SlotToken[] = [];
  for (const match of text.matchAll(TOKEN_RE)) {
    const raw = match[0];
    const key = raw.toLowerCase().replace(/['’]s$/, '');
    const first = out.length === 0;
    let kind: SlotKind | null = null;
    if (DATE_WORDS.test(key) && /^[A-Z\d]/.test(raw)) kind = 'date';
    else if (NUMBER_WORDS.test(key)) kind = 'number';
    else if (/^\p{Lu}/u.test(raw) && !isStopWord(key) && (!first || properNouns.has(key)))
      kind = 'name';
    out.push({
      text: raw,
      key,
      start: match.index ?? 0,
      end: (match.index ?? 0) + raw.length,
      kind,
    });
  }
  return out;
}

/** Keys written with a capital somewhere other than at a sentence start. */
export function properNounsOf(sentences: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const sentence of sentences) {
    const tokens = [...sentence.matchAll(TOKEN_RE)];
    tokens.forEach((match, index) => {
      if (index > 0 && /^\p{Lu}/u.test(match[0]))
        out.add(match[0].toLowerCase().replace(/['’]s$/, ''));
    });
  }
  return out;
}

function slotEnd(
  tokens: SlotToken[],
  from: number,
  kind: SlotKind,
  other: Set<string>,
  max: number,
): number {
  let end = from;
  while (
    end + 1 < tokens.length &&
    end - from + 1 < max &&
    tokens[end + 1]!.kind === kind &&
    !other.has(tokens[end + 1]!.key)
  )
    end++;
  return end;
}

const isContentToken = (t: SlotToken): boolean => !isStopWord(t.key) && !/^\d/.test(t.key);
const hasContent = (tokens: SlotToken[]): boolean => tokens.some(isContentToken);

/** Every substitution between sentence tokens `a` and `b`. */
export function findSubstitutions(
  a: SlotToken[],
  b: SlotToken[],
  options: SubstitutionOptions = {},
): Substitution[] {
  const max = options.maxSlotTokens ?? DEFAULT_MAX_SLOT_TOKENS;
  const shown = options.shownContext ?? DEFAULT_SHOWN_CONTEXT;
  const keysA = new Set(a.map((t) => t.key));
  const keysB = new Set(b.map((t) => t.key));
  const out: Substitution[] = [];
  for (let i = 0; i < a.length; i++) {
    const kind = a[i]!.kind;
    // Start slots at their first token only.
    if (
      !kind ||
      keysB.has(a[i]!.key) ||
      (i > 0 && a[i - 1]!.kind === kind && !keysB.has(a[i - 1]!.key))
    )
      continue;
    const endA = slotEnd(a, i, kind, keysB, max);
    for (let j = 0; j < b.length; j++) {
      if (b[j]!.kind !== kind || keysA.has(b[j]!.key)) continue;
      if (j > 0 && b[j - 1]!.kind === kind && !keysA.has(b[j - 1]!.key)) continue;
      const endB = slotEnd(b, j, kind, keysA, max);
      let left = 0;
      while (
        i - left - 1 >= 0 &&
        j - left - 1 >= 0 &&
        a[i - left - 1]!.key === b[j - left - 1]!.key
      )
        left++;
      let right = 0;
      while (
        endA + right + 1 < a.length &&
        endB + right + 1 < b.length &&
        a[endA + right + 1]!.key === b[endB + right + 1]!.key
      )
        right++;
      const leftContext = a.slice(i - left, i);
      const rightContext = a.slice(endA + 1, endA + 1 + right);
      const anchored =
        (left >= 1 && right >= 1 && hasContent([...leftContext, ...rightContext])) ||
        (left >= 2 && hasContent(leftContext)) ||
        (right >= 2 && hasContent(rightContext));
      if (!anchored) continue;
      // Show the slot with the nearest content word of its context (right first: "X and Telford").
      const rightReach = rightContext.slice(0, shown).findIndex(isContentToken) + 1;
      const leftReach = [...leftContext].reverse().slice(0, shown).findIndex(isContentToken) + 1;
      const useRight = rightReach > 0 || leftReach === 0;
      const context = useRight ? rightReach || Math.min(right, shown) : leftReach;
      const shownA: [number, number] = useRight ? [i, endA + context] : [i - context, endA];
      const shownB: [number, number] = useRight ? [j, endB + context] : [j - context, endB];
      const about = useRight
        ? `… ${rightContext
            .slice(0, context)
            .map((t) => t.text)
            .join(' ')}`
        : `${leftContext
            .slice(-context)
            .map((t) => t.text)
            .join(' ')} …`;
      out.push({ kind, slotA: [i, endA], slotB: [j, endB], shownA, shownB, about });
    }
  }
  return out;
}
