/**
 * RSS 2.0 / RSS 1.0 (RDF) / Atom XML → a neutral Feed: channel metadata and items whose
 * content is still HTML. Malformed feeds are an error value, never a throw.
 */
import { normaliseLanguageTag } from '../html/language.js';
import { feedDate } from './feed-date.js';
import { asArray, attribute, child, createFeedParser, nodeText, stripDoctype } from './xml-text.js';

export interface FeedItem {
  title: string | null;
  /** The item's link (RSS `<link>`, Atom `<link rel="alternate" href>`), absolute when given so. */
  link: string | null;
  /** ISO 8601, null when absent or unparseable. */
  published: string | null;
  byline: string | null;
  /** Full content as HTML (content:encoded, Atom content), else null. */
  contentHtml: string | null;
  /** Summary as HTML (description, Atom summary), else null. */
  summaryHtml: string | null;
}

export interface Feed {
  kind: 'rss' | 'atom' | 'rdf';
  title: string | null;
  link: string | null;
  /** ISO 639-1 from the channel's `<language>` or `xml:lang`. */
  language: string | null;
  items: FeedItem[];
}

export type FeedResult = { ok: true; feed: Feed } | { ok: false; reason: string };

function atomLink(node: unknown): string | null {
  const links = asArray(child(node, 'link'));
  let fallback: string | null = null;
  for (const link of links) {
    if (typeof link === 'string') return nodeText(link);
    const href = attribute(link, 'href');
    if (!href) continue;
    const rel = attribute(link, 'rel') ?? 'alternate';
    if (rel === 'alternate') return href;
    fallback ??= href;
  }
  return fallback;
}

function authorName(node: unknown): string | null {
  const names = asArray(node)
    .map((author) =>
      author && typeof author === 'object' && child(author, 'name') !== undefined
        ? nodeText(child(author, 'name'))
        : nodeText(author),
    )
    .filter((name): name is string => name !== null);
  const people = names.map(personOf).filter((name): name is string => name !== null);
  return people.length > 0 ? people.join(', ') : null;
}

// RSS 2.0 <author> is an e-mail address, often "desk@example.org (Sam Writer)": the person is
// the part in brackets; a bare address names a mailbox, not a writer.
function personOf(author: string): string | null {
  const bracketed = /^\S+@\S+\s*\((.+)\)\s*$/.exec(author);
  if (bracketed) return bracketed[1]!.trim();
  return /^\S+@\S+$/.test(author) ? null : author;
}

function rssItem(node: unknown): FeedItem {
  const date = nodeText(child(node, 'pubDate', 'dc:date', 'published', 'updated'));
  return {
    title: nodeText(child(node, 'title')),
    link: nodeText(child(node, 'link')) ?? permalink(child(node, 'guid')),
    published: date ? feedDate(date) : null,
    byline: authorName(child(node, 'dc:creator', 'author')),
    contentHtml: nodeText(child(node, 'content:encoded')),
    summaryHtml: nodeText(child(node, 'description')),
  };
}

// A guid is a link only when it says so (isPermaLink defaults to true in RSS 2.0).
function permalink(guid: unknown): string | null {
  const text = nodeText(guid);
  if (!text || attribute(guid, 'isPermaLink') === 'false') return null;
  return /^https?:\/\//i.test(text) ? text : null;
}

function atomEntry(node: unknown): FeedItem {
  const date = nodeText(child(node, 'published', 'updated', 'issued', 'modified'));
  return {
    title: nodeText(child(node, 'title')),
    link: atomLink(node),
    published: date ? feedDate(date) : null,
    byline: authorName(child(node, 'author', 'dc:creator')),
    contentHtml: nodeText(child(node, 'content')),
    summaryHtml: nodeText(child(node, 'summary')),
  };
}

/**
 * Parse a feed document.
 *
 * @example
 * const result = parseFeed(xml);
 * if (result.ok) for (const item of result.feed.items) console.log(item.title, item.link);
 */
export function parseFeed(xml: string): FeedResult {
  let doc: Record<string, unknown>;
  try {
    doc = createFeedParser().parse(stripDoctype(xml)) as Record<string, unknown>;
  } catch (error) {
    return { ok: false, reason: `malformed feed: ${(error as Error).message.split('\n')[0]}` };
  }
  const rss = child(doc, 'rss');
  const rdf = child(doc, 'rdf:RDF', 'RDF');
  const atom = child(doc, 'feed');
  if (rss !== undefined || rdf !== undefined) {
    const root = rss ?? rdf;
    const channel = asArray(child(root, 'channel'))[0];
    // RSS 1.0 puts items beside the channel, RSS 2.0 inside it.
    const items = [...asArray(child(channel, 'item')), ...asArray(child(root, 'item'))];
    return {
      ok: true,
      feed: {
        kind: rss !== undefined ? 'rss' : 'rdf',
        title: nodeText(child(channel, 'title')),
        link: nodeText(child(channel, 'link')),
        language: normaliseLanguageTag(nodeText(child(channel, 'language', 'dc:language'))),
        items: items.map(rssItem),
      },
    };
  }
  if (atom !== undefined) {
    return {
      ok: true,
      feed: {
        kind: 'atom',
        title: nodeText(child(atom, 'title')),
        link: atomLink(atom),
        language: normaliseLanguageTag(attribute(atom, 'xml:lang')),
        items: asArray(child(atom, 'entry')).map(atomEntry),
      },
    };
  }
  return { ok: false, reason: 'malformed feed: no <rss>, <rdf:RDF> or <feed> root element' };
}
