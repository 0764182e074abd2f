/**
 * Signed paragraphs: a reader's comment or a testimonial that ends with a dash and a name.
 *
 *   ”Mr. Trump embodies the lasting legacy of racism … our greatest shame.” ― Sonya Herridge
 *    ^content (quotation marks optional, even mistyped) ^cue ^speaker
 *
 * The quotation pass finds most of these through their marks; this one keeps the paragraphs
 * whose marks it could not pair.
 */
import type { Span } from '../../types.js';
import type { SpeakerLabel } from './speaker-labels.js';

/** A dash, then one to five capitalised words (initials allowed) closing the paragraph. */
const SIGNATURE = /[”"’]?\s*[―—]\s*(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,4})\.?\s*$/u;
const MIN_CONTENT_CHARS = 20;

export function findSignatures(text: string): SpeakerLabel[] {
  const out: SpeakerLabel[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const paragraph = text.slice(start, end);
    const match = SIGNATURE.exec(paragraph);
    if (match) {
      const name = match[1]!;
      const nameStart = start + match.index + match[0].indexOf(name);
      const dash = start + match.index + match[0].search(/[―—]/);
      let from = start;
      let to = start + match.index;
      while (from < to && /[\s“”"‘’]/.test(text[from]!)) from++;
      while (to > from && /[\s“”"‘’]/.test(text[to - 1]!)) to--;
      const speaker: Span = [nameStart, nameStart + name.replace(/\.$/, '').length];
      if (to - from >= MIN_CONTENT_CHARS) {
        out.push({ speaker, cue: [dash, dash + 1], content: [from, to] });
      }
    }
    start = end + 1;
  }
  return out;
}
