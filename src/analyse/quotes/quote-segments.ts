/**
 * Quoted passages: “…” and ‘…’ (the clean stage normalised the marks), and "…" for text
 * that bypassed it. A quote left open at the end of a paragraph continues when the next
 * paragraph opens with the same mark (the newspaper convention for multi-paragraph quotes):
 *
 *   He added: “Some of the criticisms … serious issue.⏎“So if he wants … welcome that.”
 *             ^contentStart                                            contentEnd^
 *
 * A single closing mark is also the apostrophe: ’ closes a quote only when no letter
 * follows it ("don’t" and "Trump’s" do not close).
 */

export interface QuoteSegment {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or of the end of the paragraph for an unclosed quote. */
  close: number;
  /** Content span: between the marks, spaces and a trailing comma trimmed. */
  contentStart: number;
  contentEnd: number;
  closed: boolean;
}

/** A paragraph opening with a label in capitals and a colon: a new speaker's turn. */
const TRANSCRIPT_TURN = /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2}:/u;
const MAX_TURN_LABEL = 40;
const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '"': '"' };
const LETTER = /[\p{L}\p{N}]/u;

function isSingleOpener(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  return (
    (before === undefined || /[\s([“—–-]/.test(before)) && after !== undefined && /\S/.test(after)
  );
}

function isSingleCloser(text: string, at: number): boolean {
  const before = text[at - 1] ?? ' ';
  const after = text[at + 1] ?? ' ';
  if (/\s/.test(before) || LETTER.test(after)) return false;
  // "the gangs’ activities": a plural possessive, not a closing mark, when a word follows.
  return !(/s/i.test(before) && after === ' ' && /\p{Ll}/u.test(text[at + 2] ?? ''));
}

/**
 * Copy pasted from several sources, one quotation often opens with “ and closes with " (or the
 * reverse). A straight mark after a word and before no letter closes a curly opener; a curly
 * closer closes a straight opener.
 */
function isMixedCloser(text: string, at: number, mark: string): boolean {
  const char = text[at];
  if (mark === '"') return char === '”';
  if (mark !== '“' || char !== '"') return false;
  return /\S/.test(text[at - 1] ?? ' ') && !LETTER.test(text[at + 1] ?? ' ');
}

function findClose(text: string, open: number, mark: string): { close: number; closed: boolean } {
  const closer = PAIRS[mark]!;
  let depth = 0;
  for (let at = open + 1; at < text.length; at++) {
    const char = text[at]!;
    if (char === '\n') {
      // A paragraph that opens with the same mark continues the quote.
      let next = at + 1;
      while (text[next] === '\n' || text[next] === ' ') next++;
      // …unless it opens with a transcript's speaker label ("PENCE: …"): a new turn.
      const turn = TRANSCRIPT_TURN.test(text.slice(next + 1, next + 1 + MAX_TURN_LABEL));
      if (text[next] === mark && depth === 0 && !turn) {
        at = next;
        continue;
      }
      return { close: at, closed: false };
    }
    if (mark === '‘') {
      if (char === '‘' && isSingleOpener(text, at)) depth++;
      else if (char === '’' && isSingleCloser(text, at)) {
        if (depth === 0) return { close: at, closed: true };
        depth--;
      }
    } else if (char === closer || isMixedCloser(text, at, mark)) {
      return { close: at, closed: true };
    }
  }
  return { close: text.length, closed: false };
}

/** Two apostrophes as a double quotation mark (''…''), as some newspaper archives write it. */
function doubledClose(text: string, open: number): { close: number; closed: boolean } {
  for (let at = open + 2; at < text.length - 1; at++) {
    if (text[at] === "'" && text[at + 1] === "'") return { close: at, closed: true };
    if (text[at] === '\n' && !text.startsWith("''", at + 1)) return { close: at, closed: false };
    if (text[at] === '\n') at += 2;
  }
  return { close: text.length, closed: false };
}

export function findQuoteSegments(text: string): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (char === "'" && text[at + 1] === "'" && /[\s([—–-]|^$/.test(text[at - 1] ?? '')) {
      const { close, closed } = doubledClose(text, at);
      push(out, text, at, close, closed, 2);
      at = close + 1;
      continue;
    }
    if (!(char in PAIRS)) continue;
    if (char === '‘' && !isSingleOpener(text, at)) continue;
    if (char === '"' && !/[\s([—–-]|^$/.test(text[at - 1] ?? '')) continue;
    const { close, closed } = findClose(text, at, char);
    push(out, text, at, close, closed, 1);
    at = close;
  }
  return out;
}

function push(
  out: QuoteSegment[],
  text: string,
  open: number,
  close: number,
  closed: boolean,
  width: number,
): void {
  let contentStart = open + width;
  let contentEnd = close;
  while (contentStart < contentEnd && /\s/.test(text[contentStart]!)) contentStart++;
  while (contentEnd > contentStart && /[\s,]/.test(text[contentEnd - 1]!)) contentEnd--;
  if (contentEnd > contentStart) out.push({ open, close, contentStart, contentEnd, closed });
}
