/**
 * `npx tsx src/eval/entities-main.ts --data ../shared/data [--no-gazetteer]` → one JSON line
 * of CoNLL-2003 dev PER/ORG/LOC entity F1 for the rule-based extractor.
 */
import { DEFAULT_DATA_DIR, evalEntities } from './entities.js';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const report = await evalEntities({
  dataDir: argument('--data') ?? DEFAULT_DATA_DIR,
  useTrainGazetteer: process.argv.includes('--train-gazetteer'),
  rulesOnly: process.argv.includes('--rules-only'),
});
process.stdout.write(`${JSON.stringify({ eval: 'entities', ...report })}\n`);
