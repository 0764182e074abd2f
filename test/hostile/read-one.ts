/**
 * Child process of hostile-inputs.test.ts: reads one input through readInputs and prints one
 * JSON line. Running each case in its own process lets the test kill a hang and see a crash
 * (stack overflow, out of memory) as an exit code instead of taking the test runner down.
 */
import { readInputs } from '../../src/ingest/index.js';

const path = process.argv[2];
if (!path) throw new Error('usage: read-one.ts <path>');
const started = performance.now();
const items: (
  { skipped: string } | { title: string | null; chars: number; replacement: boolean }
)[] = [];
for await (const item of readInputs([path])) {
  items.push(
    'kind' in item
      ? { skipped: item.reason }
      : { title: item.title, chars: item.text.length, replacement: item.text.includes('\uFFFD') },
  );
}
const ms = Math.round(performance.now() - started);
process.stdout.write(
  `${JSON.stringify({ ms, rssMb: Math.round(process.memoryUsage().rss / 1e6), items })}\n`,
);
