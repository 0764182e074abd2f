/**
 * DOM subtree → plain text with one blank line between paragraphs.
 * Block elements open a paragraph, inline runs are joined with collapsed whitespace, and
 * `<br>` breaks a line inside a paragraph (addresses, poems, datelines keep their shape).
 */

/** Elements whose start and end delimit a paragraph. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Never text, whatever their content. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'MAP',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'OPTION',
  'MATH',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

interface Walker {
  paragraphs: string[];
  current: string;
}

function flush(state: Walker): void {
  const paragraph = state.current
    .split('\n')
    .map((line) => line.replace(/[ \t\f\r\u00a0\u200b]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
  if (paragraph !== '') state.paragraphs.push(paragraph);
  state.current = '';
}

/** Minimal node shape shared by linkedom and jsdom, so this runs on either. */
export interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

function walk(node: TextNodeLike, state: Walker, depth: number): void {
  if (node.nodeType === TEXT_NODE) {
    // Newlines in source HTML are just whitespace; only <br> makes a line break.
    state.current += (node.nodeValue ?? '').replace(/\s+/g, ' ');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
  const tag = node.nodeName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return;
  if (tag === 'BR') {
    state.current += '\n';
    return;
  }
  // Deeply nested junk must not blow the stack; text below this depth is rare and unread.
  if (depth > MAX_DEPTH) return;
  const block = BLOCK_TAGS.has(tag);
  if (block) flush(state);
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) walk(children[i]!, state, depth + 1);
  if (block) flush(state);
  else if (tag === 'TD' || tag === 'TH') state.current += ' ';
}

/** Recursion limit of the walk: far beyond real markup, far below the JS stack. */
export const MAX_DEPTH = 400;

/** The paragraphs of a subtree, in document order. */
export function toParagraphs(root: TextNodeLike): string[] {
  const state: Walker = { paragraphs: [], current: '' };
  walk(root, state, 0);
  flush(state);
  return state.paragraphs;
}

export function toText(root: TextNodeLike): string {
  return toParagraphs(root).join('\n\n');
}
