/**
 * Fallback extraction for pages Readability rejects or empties (listicles built from divs,
 * pages under its character threshold, unusual markup): pick the element whose direct
 * paragraph-like children hold the most non-link text, as in the classic text-density
 * extractors (Kohlschütter's boilerpipe, trafilatura's baseline).
 */

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
  querySelectorAll?(selector: string): ArrayLike<NodeLike>;
}

const PARAGRAPH_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'DD']);

/** Never content, whatever text they hold (JSON-LD survives the script strip). */
const NON_CONTENT_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'SVG',
]);

function nonLinkLength(element: NodeLike): number {
  const total = (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  let links = 0;
  for (const anchor of Array.from(element.querySelectorAll?.('a') ?? [])) {
    links += (anchor.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  }
  return Math.max(0, total - links);
}

/** The element holding most paragraph text among its direct children; null when none has any. */
export function densestContainer(body: NodeLike): NodeLike | null {
  let best: NodeLike | null = null;
  let bestScore = 0;
  const stack: NodeLike[] = [body];
  // Iterative walk: hostile pages nest tens of thousands of levels deep.
  while (stack.length > 0) {
    const node = stack.pop()!;
    let score = 0;
    let textRun = 0;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType === 3) textRun += (child.textContent ?? '').trim().length;
      else if (child.nodeType === 1) {
        if (NON_CONTENT_TAGS.has(child.nodeName.toUpperCase())) continue;
        if (PARAGRAPH_TAGS.has(child.nodeName.toUpperCase())) score += nonLinkLength(child);
        stack.push(child);
      }
    }
    // Bare text between <br>s counts too: old CMSs write articles without <p>.
    score += textRun;
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return best;
}
