/**
 * `npx tsx src/eval/quotes-main.ts --data ../shared/data` → one JSON line of PolNeAR
 * attribution figures (source/cue/content span F1, exact and overlap; direct-quote subset).
 */
import { DEFAULT_DATA_DIR, evalQuotes } from './quotes.js';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const report = await evalQuotes({ dataDir: argument('--data') ?? DEFAULT_DATA_DIR });
process.stdout.write(`${JSON.stringify({ eval: 'quotes', ...report })}\n`);
