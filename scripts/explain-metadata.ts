/**
 * Why titles and publish dates miss on WCXB: for each miss, every candidate we saw and which
 * one (if any) equals the gold, with misses counted by category. A diagnostic, not a metric:
 * the accuracies it prints are the ones `storyline eval extraction` prints (same folding, same
 * date comparison), computed from the metadata alone (no Readability), so they run in seconds.
 *
 *   npx tsx scripts/explain-metadata.ts [--data ../shared/data] [--half even|odd]
 *                                       [--field title|date|both] [--quiet]
 *                                       [--dump candidates.jsonl]
 *
 * Categories of a title miss:
 *   ranked-lower  the gold equals a candidate we saw (raw or with labels cut) but did not pick
 *   cut-differently  a candidate contains the gold or the gold contains it: site/section cut
 *                 differently (or a date/subtitle glued on)
 *   none          nothing we extract resembles the gold
 */
import { writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { decodeBytes } from '../src/ingest/encoding/decode.js';
import { DEFAULT_DATA_DIR, loadWcxb } from '../src/eval/extraction-data.js';
import { foldForCompare } from '../src/eval/extraction.js';
import { prepareHtml } from '../src/ingest/html/extract.js';
import { readMetadataInputs, readMetadata } from '../src/ingest/html/metadata.js';
import { dateCandidates, type DateCandidate } from '../src/ingest/html/published-date.js';
import { splitTitle, trimLabels } from '../src/ingest/html/title.js';
import { compact, siteKeys } from '../src/ingest/html/site-name.js';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const dataDir = argument('--data') ?? DEFAULT_DATA_DIR;
const half = argument('--half');
const field = argument('--field') ?? 'both';
const quiet = process.argv.includes('--quiet');
/** Every page's title candidates and gold as JSON lines, for offline analysis. */
const dump = argument('--dump');
const dumped: string[] = [];

interface Candidate {
  source: string;
  text: string;
}

function titleCandidates(inputs: ReturnType<typeof readMetadataInputs>): Candidate[] {
  const keys = siteKeys(inputs.source, inputs.pageUrl);
  const out: Candidate[] = [];
  const labels = new Set<string>();
  const add = (source: string, raw: string | null): void => {
    if (!raw) return;
    const split = splitTitle(raw, keys);
    for (const label of split.labels) labels.add(compact(label));
    out.push({ source, text: raw });
    if (split.headline !== raw) out.push({ source: `${source}/split`, text: split.headline });
  };
  add('title', inputs.titleTag);
  const names = ['jsonLd', 'og', 'twitter', 'parsely', 'sailthru', 'dc', 'headline', 'meta'];
  inputs.metaTitles.forEach((t, i) => add(names[i] ?? `meta${i}`, t));
  inputs.headings.forEach((h, i) => {
    const tag = `h1#${i}${h.inChrome ? '(chrome)' : ''}`;
    out.push({ source: tag, text: h.text });
    const trimmed = trimLabels(h.text, labels, keys);
    if (trimmed !== h.text) out.push({ source: `${tag}/trim`, text: trimmed });
  });
  return out;
}

/** The date candidates readMetadata reconciles, rebuilt the same way. */
function pageDateCandidates(
  doc: never,
  inputs: ReturnType<typeof readMetadataInputs>,
  title: string | null,
): DateCandidate[] {
  const monthFirst =
    inputs.language === 'en' && !/\.(uk|au|nz|ie|in|za)\b/.test(inputs.pageUrl ?? '');
  const h1 = inputs.headings.find((h) => !h.inChrome)?.text ?? null;
  return dateCandidates(doc, inputs.meta, inputs.jsonLd, inputs.pageUrl, monthFirst, [h1, title]);
}

const counts = { title: 0, titleHits: 0, date: 0, dateHits: 0 };
const categories = new Map<string, number>();
const dateCategories = new Map<string, number>();
const bump = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

for (const page of loadWcxb(dataDir)) {
  const number = Number.parseInt(page.id, 10);
  if (half === 'even' && number % 2 !== 0) continue;
  if (half === 'odd' && number % 2 !== 1) continue;
  const { document } = parseHTML(prepareHtml(decodeBytes(page.html()).text));
  const doc = document as never;
  const inputs = readMetadataInputs(doc, page.url);
  const result = readMetadata(doc, page.url);
  if (dump)
    dumped.push(
      JSON.stringify({
        id: page.id,
        url: page.url,
        gold: page.title,
        ours: result.title,
        site: inputs.source,
        candidates: titleCandidates(inputs),
        goldDate: page.publishDate,
        oursDate: result.published,
        dateCandidates: pageDateCandidates(doc, inputs, result.title),
      }),
    );
  if (page.title && field !== 'date') {
    counts.title++;
    const gold = foldForCompare(page.title);
    if (result.title && foldForCompare(result.title) === gold) counts.titleHits++;
    else {
      const candidates = titleCandidates(inputs);
      const exact = candidates.filter((c) => foldForCompare(c.text) === gold);
      const near = candidates.filter((c) => {
        const key = foldForCompare(c.text);
        return key !== '' && (key.includes(gold) || gold.includes(key));
      });
      const category =
        exact.length > 0 ? 'ranked-lower' : near.length > 0 ? 'cut-differently' : 'none';
      bump(categories, category);
      if (!quiet) {
        console.log(`\n[title ${page.id}] ${category}  ${page.url}`);
        console.log(`  gold:   ${page.title}`);
        console.log(`  ours:   ${result.title}`);
        console.log(`  site:   ${inputs.source}`);
        for (const c of candidates) {
          const mark = exact.includes(c) ? '=' : near.includes(c) ? '~' : ' ';
          console.log(`  ${mark} ${c.source.padEnd(18)} ${c.text}`);
        }
      }
    }
  }
  if (page.publishDate && field !== 'title') {
    counts.date++;
    const gold = page.publishDate;
    if (result.published?.slice(0, gold.length) === gold) counts.dateHits++;
    else {
      const candidates = pageDateCandidates(doc, inputs, result.title);
      const seen = candidates.some((c) => c.day.slice(0, gold.length) === gold);
      bump(dateCategories, result.published === null ? 'no-date' : seen ? 'ranked-lower' : 'none');
      if (!quiet) {
        console.log(`\n[date ${page.id}] ${seen ? 'ranked-lower' : 'none'}  ${page.url}`);
        console.log(`  gold: ${gold}   ours: ${result.published}`);
        for (const c of candidates)
          console.log(
            `  ${c.day.slice(0, gold.length) === gold ? '=' : ' '} ${c.source.padEnd(30)} ${c.value} (${c.confidence})`,
          );
      }
    }
  }
}

if (dump) writeFileSync(dump, `${dumped.join('\n')}\n`);
const ratio = (a: number, b: number): number => (b > 0 ? Number((a / b).toFixed(4)) : 0);
console.log(
  JSON.stringify({
    half: half ?? 'all',
    titleAccuracy: ratio(counts.titleHits, counts.title),
    titleMisses: counts.title - counts.titleHits,
    titleCategories: Object.fromEntries(categories),
    dateAccuracy: ratio(counts.dateHits, counts.date),
    dateMisses: counts.date - counts.dateHits,
    dateCategories: Object.fromEntries(dateCategories),
    counts: { title: counts.title, date: counts.date },
  }),
);
