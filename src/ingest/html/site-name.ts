/**
 * The site's own name inside a title ("Headline | Site", "Site - Headline"): learned from the
 * declared site name (og:site_name, JSON-LD publisher) and from the page's domain, then cut.
 */

/** Separators that join a headline to site and section labels in a `<title>`. */
export const TITLE_SEPARATOR_RE = /\s+[|–—·•»-]\s+/;

/** Host labels that name no site ("www.bbc.co.uk" is named by "bbc"); the last label never does. */
const HOST_NOISE = new Set([
  'www',
  'm',
  'amp',
  'blog',
  'news',
  'co',
  'com',
  'org',
  'net',
  'gov',
  'edu',
  'ac',
]);

/** Letters and digits only, lower-cased: "SoundStage! Xperience" ≡ "soundstagexperience". */
export function compact(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Compact forms that name the site: the declared name and the domain's distinctive labels
 * ("arxiv", "arxivorg" for arxiv.org). Empty strings never match.
 */
export function siteKeys(site: string | null, url: string | null): Set<string> {
  const keys = new Set<string>();
  if (site) keys.add(compact(site));
  let host: string | null = null;
  try {
    host = url ? new URL(url).hostname.toLowerCase() : null;
  } catch {
    // A relative or malformed URL says nothing about the site.
  }
  if (host) {
    const labels = host.split('.').filter((label) => label !== '');
    keys.add(compact(labels.filter((label) => label !== 'www').join('')));
    for (const label of labels.slice(0, -1))
      if (!HOST_NOISE.has(label) && label.length >= 3) keys.add(label);
  }
  keys.delete('');
  return keys;
}

/** Is this title segment the site's name (or its domain) rather than part of the headline? */
export function isSiteLabel(segment: string, keys: Set<string>): boolean {
  const key = compact(segment);
  return key !== '' && keys.has(key);
}
