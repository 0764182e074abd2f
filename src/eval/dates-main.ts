/**
 * `npx tsx src/eval/dates-main.ts --data ../shared/data` → one JSON line of TempEval-3 figures
 * for the TIMEX tagger on TimeBank + AQUAINT.
 */
import { DEFAULT_DATA_DIR, evalDates } from './dates.js';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const report = await evalDates({
  dataDir: argument('--data') ?? DEFAULT_DATA_DIR,
  useChrono: !process.argv.includes('--no-chrono'),
});
process.stdout.write(`${JSON.stringify({ eval: 'dates', ...report })}\n`);
