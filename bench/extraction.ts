/**
 * Extraction speed on the Zyte pages: our extractor and plain Readability on jsdom, side by
 * side in one process. Prints one JSON line.
 *
 *   npx tsx bench/extraction.ts [--data ../shared/data] [--rounds 2]
 *
 * Pages are decoded once up front so both timings cover parse + extract only. Ours runs first
 * so its peak RSS is not inflated by jsdom's heap.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { DEFAULT_DATA_DIR, loadZyte } from '../src/eval/extraction-data.js';
import { decodeBytes } from '../src/ingest/encoding/decode.js';
import { extractHtml } from '../src/ingest/html/extract.js';

/** Passes over the page set per extractor; more rounds smooth out JIT warm-up. */
const DEFAULT_ROUNDS = 2;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const dataDir = argument('--data') ?? DEFAULT_DATA_DIR;
const rounds = Number(argument('--rounds') ?? DEFAULT_ROUNDS);
const pages = loadZyte(dataDir).map((page) => ({
  url: page.url,
  html: decodeBytes(page.html()).text,
}));
const megabytes = (bytes: number): number => Math.round(bytes / 1024 / 1024);

function time(run: (html: string, url: string) => unknown): {
  pagesPerSecond: number;
  seconds: number;
} {
  run(pages[0]!.html, pages[0]!.url); // warm-up
  const start = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) for (const page of pages) run(page.html, page.url);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    pagesPerSecond: Number(((pages.length * rounds) / seconds).toFixed(1)),
    seconds: Number(seconds.toFixed(2)),
  };
}

// jsdom logs CSS parse errors of real pages; they are not ours to report.
const quiet = new VirtualConsole();

const ours = time((html, url) => extractHtml(html, { url }));
const oursPeakRssMb = megabytes(process.resourceUsage().maxRSS * 1024);
let jsdomFailures = 0;
const readabilityJsdom = time((html, url) => {
  let dom: JSDOM | null = null;
  try {
    dom = new JSDOM(html, { url, virtualConsole: quiet });
    return new Readability(dom.window.document).parse()?.textContent ?? '';
  } catch {
    // jsdom's CSS parser throws on some real inline styles; counted, not fatal.
    jsdomFailures++;
    return '';
  } finally {
    dom?.window.close();
  }
});
const totalPeakRssMb = megabytes(process.resourceUsage().maxRSS * 1024);

process.stdout.write(
  `${JSON.stringify({
    bench: 'extraction',
    pages: pages.length,
    rounds,
    ours: { ...ours, peakRssMb: oursPeakRssMb },
    readabilityJsdom: {
      ...readabilityJsdom,
      failures: jsdomFailures,
      peakRssMbAfterBoth: totalPeakRssMb,
    },
    speedup: Number((ours.pagesPerSecond / readabilityJsdom.pagesPerSecond).toFixed(2)),
  })}\n`,
);
