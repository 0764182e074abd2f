/**
 * Sustained reads against `storyline serve` on loopback: the seeds are loaded into an
 * in-memory store, the server listens on a random 127.0.0.1 port in this process, and
 * `concurrency` clients replay a mix of the web app's reads until `requests` are done or
 * `seconds` have passed (whichever first: the run always stops). One JSON line.
 *
 *   npx tsx bench/api-load.ts [--requests 5000] [--concurrency 32] [--seconds 30]
 *
 * The rate limiter is off (one client at this pace is what it exists to refuse).
 */
import type { AddressInfo } from 'node:net';
import { readInputs } from '../src/ingest/index.js';
import { processArticles } from '../src/pipeline/index.js';
import { buildServer } from '../src/serve/http/index.js';
import { SqliteStore } from '../src/store/index.js';

const DEFAULT_REQUESTS = 5000;
const DEFAULT_CONCURRENCY = 32;
const DEFAULT_SECONDS = 30;

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const requests = flag('requests', DEFAULT_REQUESTS);
  const concurrency = flag('concurrency', DEFAULT_CONCURRENCY);
  const seconds = flag('seconds', DEFAULT_SECONDS);
  const seeds = process.env.STORYLINE_SEEDS ?? '../shared/seeds';

  const store = new SqliteStore(':memory:');
  const report = await processArticles(readInputs([seeds]), { store });
  const brief = report.briefs[0];
  if (!brief) throw new Error(`no story built from ${seeds}`);
  const app = buildServer({ store, rateLimit: false, writeRateLimit: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const story = encodeURIComponent(brief.story.id);
  const article = encodeURIComponent(brief.story.articles[0]!.id);
  const cite = encodeURIComponent(brief.summary[0]?.text ?? '');
  // The web app's reads, weighted roughly as a reader causes them.
  const mix = [
    '/stories?limit=20',
    '/stories?search=musk',
    `/stories/${story}`,
    `/stories/${story}/brief`,
    `/stories/${story}/brief`,
    `/articles/${article}?cite=${cite}`,
    '/healthz',
  ];

  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let issued = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (issued < requests && performance.now() < deadline) {
      const path = mix[issued++ % mix.length]!;
      const t0 = performance.now();
      try {
        const response = await fetch(base + path);
        bytes += (await response.arrayBuffer()).byteLength;
        if (!response.ok) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  await app.close();
  await store.close();
  latencies.sort((a, b) => a - b);
  const round = (x: number, digits = 2): number => Number(x.toFixed(digits));
  process.stdout.write(
    `${JSON.stringify({
      bench: 'api-load',
      requests: latencies.length,
      concurrency,
      seconds: round(elapsed),
      requestsPerSecond: round(latencies.length / elapsed, 1),
      latencyMs: {
        p50: round(percentile(latencies, 50)),
        p90: round(percentile(latencies, 90)),
        p99: round(percentile(latencies, 99)),
        max: round(latencies.at(-1) ?? 0),
      },
      errors,
      megabytes: round(bytes / 1e6),
      node: process.version,
    })}\n`,
  );
}

await main();
