/**
 * Cap tag nesting in HTML source before parsing. linkedom's parser is quadratic in nesting
 * depth (100 000 nested `<div>`s take minutes), and real pages never nest more than a few
 * hundred levels, so tags opened beyond the cap are dropped together with their closers.
 */

/** Nesting kept as is; real pages stay far below this. */
export const MAX_SOURCE_DEPTH = 512;

const TAG_RE = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/** Elements with no closing tag: they never add depth. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'option',
  'td',
  'tr',
  'th',
]);

function tooDeep(html: string, limit: number): boolean {
  let depth = 0;
  TAG_RE.lastIndex = 0;
  for (let match = TAG_RE.exec(html); match; match = TAG_RE.exec(html)) {
    const name = match[2]!.toLowerCase();
    // p/li/td and friends close implicitly; counting them would flag ordinary sloppy pages.
    if (VOID.has(name) || match[3] === '/') continue;
    depth += match[1] === '/' ? -1 : 1;
    if (depth < 0) depth = 0;
    if (depth > limit) return true;
  }
  return false;
}

/** The same HTML with tags nested deeper than `limit` removed (text kept). */
export function flattenNesting(html: string, limit = MAX_SOURCE_DEPTH): string {
  if (!tooDeep(html, limit)) return html;
  let depth = 0;
  let dropped = 0;
  return html.replace(TAG_RE, (whole, slash: string, rawName: string, selfClose: string) => {
    const name = rawName.toLowerCase();
    if (VOID.has(name) || selfClose === '/') return whole;
    if (slash === '/') {
      if (dropped > 0) {
        dropped--;
        return '';
      }
      depth = Math.max(0, depth - 1);
      return whole;
    }
    if (depth >= limit) {
      dropped++;
      return '';
    }
    depth++;
    return whole;
  });
}
