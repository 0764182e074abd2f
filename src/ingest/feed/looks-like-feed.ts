/**
 * Feed sniffing that looks past an XML declaration, comments, processing instructions and a
 * DOCTYPE (old RSS 0.91 feeds carry Netscape's): the first element decides.
 */
import { stripDoctype } from './xml-text.js';

/** DOCTYPE internal subsets can be long; a feed's root comes within this many bytes. */
export const FEED_SNIFF_BYTES = 64 * 1024;

const PROLOG_RE = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/;

export function looksLikeFeed(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, FEED_SNIFF_BYTES))
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  if (!/^\s*<[?!]/.test(head)) return /^\s*<(rss|feed|rdf:RDF)\b/i.test(head);
  const rest = stripDoctype(head.replace(PROLOG_RE, '')).replace(PROLOG_RE, '');
  return /^<(rss|feed|rdf:RDF)\b/i.test(rest);
}
