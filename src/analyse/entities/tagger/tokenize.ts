/**
 * Tokens and sentences for the statistical tagger, split the way CoNLL-2003 (Reuters, Penn
 * Treebank style) splits them, so that features learnt there fire on modern news text:
 *
 *   "Starmer’s “rape gangs” (2025)."  →  Starmer | ’s | “ | rape | gangs | ” | ( | 2025 | ) | .
 *
 * Abbreviations keep their full stop ("U.S.", "Mr.", "J."); hyphenated words stay one token
 * ("Anglo-Dutch"); dashes between words split ("Starmer—who"). Offsets index the input text.
 */

export interface TaggerToken {
  text: string;
  start: number;
  end: number;
}

/** Characters peeled off the front of a chunk. */
const OPENERS = new Set([...'([{"“‘\'«']);
/** Characters peeled off the end of a chunk (a full stop only when not an abbreviation). */
const CLOSERS = new Set([...')]}"”’\',;:!?»']);
/** Lower-cased abbreviations written with a full stop ("Mr.", "Inc.", "Jan."). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st mt ft jr sr sen rep gov gen col lt sgt capt cmdr adm maj cpl prof rev hon ' +
    'inc corp co ltd bros no vs etc jan feb mar apr jun jul aug sep sept oct nov dec ave blvd'
  ).split(' '),
);
/** Dashes that separate words rather than join them. */
const DASH_RE = /[—–]|--/;
const SENTENCE_END = new Set(['.', '!', '?']);

function isAbbreviation(body: string): boolean {
  // "U.S.", "J.", "Mr."; but not a word ending a sentence ("said.").
  const stem = body.slice(0, -1);
  return (
    /^(?:\p{L}\.)+$/u.test(body) || /^\p{L}$/u.test(stem) || ABBREVIATIONS.has(stem.toLowerCase())
  );
}

/** Split one whitespace-free chunk starting at `offset` into tokens. */
function splitChunk(chunk: string, offset: number, out: TaggerToken[]): void {
  const dash = DASH_RE.exec(chunk);
  if (dash && chunk.length > dash[0].length) {
    const at = dash.index;
    if (at > 0) splitChunk(chunk.slice(0, at), offset, out);
    out.push({ text: dash[0], start: offset + at, end: offset + at + dash[0].length });
    const rest = at + dash[0].length;
    if (rest < chunk.length) splitChunk(chunk.slice(rest), offset + rest, out);
    return;
  }
  let start = 0;
  let end = chunk.length;
  const head: TaggerToken[] = [];
  const tail: TaggerToken[] = [];
  // Leading punctuation, except the apostrophe of "'s" or "'90s".
  while (
    end - start > 1 &&
    OPENERS.has(chunk[start]!) &&
    !/^['’](?:s|\d)/.test(chunk.slice(start))
  ) {
    head.push({ text: chunk[start]!, start: offset + start, end: offset + start + 1 });
    start++;
  }
  while (end - start > 1) {
    const last = chunk[end - 1]!;
    const body = chunk.slice(start, end);
    if (body === '...' || body === '…') break;
    if (body.endsWith('...')) {
      tail.unshift({ text: '...', start: offset + end - 3, end: offset + end });
      end -= 3;
      continue;
    }
    if (last === '.' && isAbbreviation(body)) break;
    if (!CLOSERS.has(last) && last !== '.' && last !== '…') break;
    // A closing apostrophe after a plural is the possessive ("farmers'"), still a token.
    tail.unshift({ text: last, start: offset + end - 1, end: offset + end });
    end--;
  }
  const body = chunk.slice(start, end);
  const clitic = /(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/i.exec(body);
  out.push(...head);
  if (clitic && clitic.index > 0) {
    const cut = start + clitic.index;
    out.push({ text: chunk.slice(start, cut), start: offset + start, end: offset + cut });
    out.push({ text: chunk.slice(cut, end), start: offset + cut, end: offset + end });
  } else {
    out.push({ text: body, start: offset + start, end: offset + end });
  }
  out.push(...tail);
}

/** Sentences of tokens: one per line, and a line splits after . ! ? before a capital. */
export function tokenizeSentences(text: string): TaggerToken[][] {
  const sentences: TaggerToken[][] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const tokens: TaggerToken[] = [];
    for (const match of line.matchAll(/\S+/g)) {
      splitChunk(match[0], lineStart + (match.index ?? 0), tokens);
    }
    let sentence: TaggerToken[] = [];
    tokens.forEach((token, index) => {
      sentence.push(token);
      const next = tokens[index + 1];
      const after = tokens[index + 2];
      // A closing quote stays with its sentence: ‘… prison.” Mr Musk’ splits after the quote.
      const closesQuote =
        /^["”’']$/.test(token.text) && SENTENCE_END.has(tokens[index - 1]?.text ?? '');
      if (!next || !(SENTENCE_END.has(token.text) || closesQuote)) return;
      if (/^["”’']$/.test(next.text) && !closesQuote) return;
      if (/^\p{Lu}/u.test(next.text) || (/^["“‘(]$/.test(next.text) && after)) {
        sentences.push(sentence);
        sentence = [];
      }
    });
    if (sentence.length) sentences.push(sentence);
    lineStart += line.length + 1;
  }
  return sentences;
}
