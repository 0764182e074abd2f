/**
 * Paragraph and sentence segmentation with character offsets into the cleaned text.
 *
 * A boundary is terminal punctuation, optionally followed by closing quotes or brackets,
 * then white space and a sentence start (capital, digit or opening quote). Abbreviations and
 * initials ("Mr.", "U.S.", "J. K.") do not end sentences. Paragraphs always do.
 */
import type { Sentence, Span } from '../types.js';

// Titles and common abbreviations that take a full stop but rarely end a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt gen gov sen rep lt col capt sgt cpl maj adm cmdr rev hon ' +
    'no nos vs etc inc ltd co corp dept est approx fig al jan feb mar apr jun jul aug sep sept ' +
    'oct nov dec u.s u.k u.n e.g i.e a.m p.m'
  ).split(' '),
);

const BOUNDARY_RE = /([.!?…]+)([”’"')\]]*)(\s+)(?=[“‘"'([]?[\p{Lu}\p{N}])/gu;

/** Paragraph spans: blank-line blocks; inside a block each line is a paragraph when lines
 *  end like sentences (one paragraph per line, as in most exports), else the block is one
 *  hard-wrapped paragraph. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const blockRe = /[^\n]+(?:\n[^\n]+)*/g;
  for (const block of text.matchAll(blockRe)) {
    const blockStart = block.index ?? 0;
    const lines = [...block[0].matchAll(/[^\n]+/g)];
    const wrapped =
      lines.length > 2 &&
      lines.filter((line) => !/[.!?:”’"')\]]$/.test(line[0].trim())).length > lines.length / 2;
    if (wrapped) {
      spans.push([blockStart, blockStart + block[0].length]);
      continue;
    }
    for (const line of lines) {
      const start = blockStart + (line.index ?? 0);
      spans.push([start, start + line[0].length]);
    }
  }
  return spans;
}

function endsWithAbbreviation(head: string): boolean {
  const lastWord = /([\p{L}.]+)$/u.exec(head)?.[1] ?? '';
  const bare = lastWord.replace(/\.$/, '').toLowerCase();
  if (ABBREVIATIONS.has(bare)) return true;
  // Single-letter initials ("J. K. Rowling") and dotted acronyms ("U.S.").
  return /^(\p{Lu}|(\p{L}\.)+\p{L})$/u.test(lastWord.replace(/\.$/, ''));
}

/** Split `text` into sentences with offsets. Empty paragraphs yield nothing. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphSpans(text).forEach(([paragraphStart, paragraphEnd], paragraph) => {
    const body = text.slice(paragraphStart, paragraphEnd);
    let start = 0;
    const push = (end: number): void => {
      const raw = body.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed.length > 0) {
        const absolute = paragraphStart + start + lead;
        sentences.push({
          index: sentences.length,
          paragraph,
          text: trimmed,
          span: [absolute, absolute + trimmed.length],
        });
      }
    };
    for (const match of body.matchAll(BOUNDARY_RE)) {
      const punctuationEnd = (match.index ?? 0) + (match[1]?.length ?? 0);
      const head = body.slice(start, match.index ?? 0);
      if (match[1] === '.' && endsWithAbbreviation(head)) continue;
      const end = punctuationEnd + (match[2]?.length ?? 0);
      push(end);
      start = end;
    }
    push(body.length);
  });
  return sentences;
}
