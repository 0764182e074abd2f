/**
 * schema.org JSON-LD blocks → the first article-like node. Pages nest articles in `@graph`,
 * arrays, or `mainEntity`; malformed blocks (trailing commas, raw newlines) are common and are
 * skipped, never fatal.
 */

export interface JsonLdArticle {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
  articleBody: string | null;
}

/** Types that describe one article; WebPage is a last resort (many CMSs only emit that). */
const ARTICLE_TYPES =
  /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|SocialMediaPosting|Blog|Review|Recipe|HowTo|VideoObject|WebPage|ItemPage|AboutPage)$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function typesOf(node: { [key: string]: Json }): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

function collectNodes(value: Json, out: { [key: string]: Json }[], depth = 0): void {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1);
    return;
  }
  out.push(value);
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
    const child = value[key];
    if (child && typeof child === 'object') collectNodes(child, out, depth + 1);
  }
}

function asText(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return asText(value[0]);
  if (value && typeof value === 'object') return asText(value['name'] ?? value['@value']);
  return null;
}

function names(value: Json | undefined): string | null {
  if (Array.isArray(value)) {
    const all = value
      .map((v) => asText(v))
      .filter((v): v is string => v !== null && !/^https?:/.test(v));
    return all.length > 0 ? [...new Set(all)].join(', ') : null;
  }
  const one = asText(value);
  return one && !/^https?:/.test(one) ? one : null;
}

function rank(node: { [key: string]: Json }): number {
  const types = typesOf(node);
  if (types.some((t) => /NewsArticle|^Article$|BlogPosting|LiveBlogPosting|Report/.test(t)))
    return 3;
  if (types.some((t) => ARTICLE_TYPES.test(t) && !/Page$/.test(t))) return 2;
  if (types.some((t) => ARTICLE_TYPES.test(t))) return 1;
  return 0;
}

/** Parse every `<script type="application/ld+json">` text and return the best article node. */
export function readJsonLd(scripts: string[]): JsonLdArticle | null {
  const nodes: { [key: string]: Json }[] = [];
  for (const script of scripts) {
    try {
      collectNodes(JSON.parse(script.trim().replace(/^<!--|-->$/g, '')) as Json, nodes);
    } catch {
      // Broken JSON-LD is common and carries nothing we can trust.
    }
  }
  let best: { [key: string]: Json } | null = null;
  let bestRank = 0;
  for (const node of nodes) {
    const r = rank(node);
    if (r > bestRank) {
      best = node;
      bestRank = r;
    }
  }
  if (!best) return null;
  const publisherNode = nodes.find((n) =>
    typesOf(n).some((t) => t === 'Organization' || t === 'NewsMediaOrganization'),
  );
  return {
    headline: asText(best['headline']) ?? asText(best['name']),
    author: names(best['author']) ?? names(best['creator']),
    datePublished:
      asText(best['datePublished']) ?? asText(best['dateCreated']) ?? asText(best['uploadDate']),
    dateModified: asText(best['dateModified']),
    publisher: asText(best['publisher']) ?? (publisherNode ? asText(publisherNode['name']) : null),
    url: asText(best['url']),
    language: asText(best['inLanguage']),
    articleBody: asText(best['articleBody']),
  };
}
