/**
 * `npm run bench`: every scenario in bench/, one after another (never in parallel: they
 * measure speed), each printing one JSON line. Scenario arguments can follow `--`.
 * Usage: npm run bench [-- --only analysis,extraction]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? new Set((process.argv[onlyIndex + 1] ?? '').split(',')) : null;
const scenarios = readdirSync(here)
  .filter((name) => name.endsWith('.ts') && name !== 'run.ts' && !name.endsWith('.test.ts'))
  .map((name) => name.replace(/\.ts$/, ''))
  .filter((name) => only === null || only.has(name))
  .sort();

let failed = 0;
for (const scenario of scenarios) {
  process.stderr.write(`bench: ${scenario}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, `${scenario}.ts`)], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: process.env,
  });
  if (result.status !== 0) {
    failed++;
    process.stdout.write(`${JSON.stringify({ scenario, error: `exit ${result.status}` })}\n`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
