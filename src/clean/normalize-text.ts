/**
 * Unicode and quote normalisation. Runs before boilerplate removal so that every later
 * stage sees one spelling of each character: NFKC, no invisible characters, one space
 * character, and typographic quotes paired the same way in every outlet.
 */

// Zero-width and bidi controls: invisible, but they split words and defeat hashing.
const INVISIBLE_RE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
// Every horizontal space (NBSP, thin space, ideographic space…) becomes one ASCII space.
const SPACE_RE = /[^\S\n]+/g;
// Control characters other than newline and tab: debris of binary or mis-decoded input.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Canonical quote marks: double quotes as “ ”, single quotations as ‘ ’, apostrophes as ’.
 * Straight quotes are paired by context: an opening mark follows a space, a line start or an
 * opening bracket/dash; anything else closes. Why not straight ASCII everywhere: single-quote
 * quotations (common in British tabloids) would then be ambiguous with apostrophes.
 */
export function normalizeQuotes(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    const before = index > 0 ? (text[index - 1] as string) : '\n';
    const after = index + 1 < text.length ? (text[index + 1] as string) : '\n';
    const opensHere = /[\s([{\-–—/]/.test(before) || index === 0;
    if (char === '"' || char === '\u201F' || char === '\u201E' || char === '«' || char === '»') {
      if (char === '«') out += '“';
      else if (char === '»') out += '”';
      else out += opensHere && !/\s/.test(after) ? '“' : '”';
    } else if (char === "'" || char === '\u201B' || char === '`' || char === '´') {
      out += opensHere && /[\p{L}\p{N}]/u.test(after) ? '‘' : '’';
    } else if (char === '‘' && /[\p{L}]/u.test(before)) {
      // "Trump‘s": an opening mark used as an apostrophe after a letter.
      out += '’';
    } else {
      out += char;
    }
  }
  return out;
}

/** NFKC, invisible characters removed, spaces collapsed, line ends unified, quotes canonical. */
export function normalizeText(text: string): string {
  const unified = text
    .replace(/\r\n?/g, '\n')
    .normalize('NFKC')
    .replace(INVISIBLE_RE, '')
    .replace(CONTROL_RE, ' ')
    .replace(SPACE_RE, ' ');
  return normalizeQuotes(unified)
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}
