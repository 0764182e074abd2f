/**
 * `npx tsx src/eval/extraction-main.ts --data ../shared/data` → one JSON line of figures.
 * The CLI wires the same function as `storyline eval extraction --data <dir>`.
 */
import { DEFAULT_DATA_DIR } from './extraction-data.js';
import { evalExtraction } from './extraction.js';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const report = await evalExtraction({ dataDir: argument('--data') ?? DEFAULT_DATA_DIR });
process.stdout.write(`${JSON.stringify({ eval: 'extraction', ...report })}\n`);
