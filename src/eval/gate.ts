/**
 * The quality gate (`storyline eval gate`, `npm run eval`): run every task that has floors in
 * eval/baseline.json and fail when a metric falls more than `epsilon` below its floor.
 * Raising a floor is a commit; lowering one needs a reason in the commit message.
 */
import { readFileSync } from 'node:fs';
import { StorylineError } from '../errors.js';
import { EVAL_TASKS } from './tasks.js';

export interface Baseline {
  /** Allowed shortfall below a floor before the gate fails. */
  epsilon: number;
  /** task → dotted metric path → floor. */
  floors: Record<string, Record<string, number>>;
}

export interface GateResult {
  task: string;
  metric: string;
  floor: number;
  value: number | null;
  pass: boolean;
}

export function metricAt(report: unknown, path: string): number | null {
  let value: unknown = report;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return null;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function readBaseline(path: string): Baseline {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Baseline;
  } catch (error) {
    throw new StorylineError(
      'BAD_OPTION',
      `Cannot read the eval baseline ${path}: ${(error as Error).message}`,
    );
  }
}

/** Compare one task's report with its floors. */
export function checkFloors(task: string, report: unknown, baseline: Baseline): GateResult[] {
  return Object.entries(baseline.floors[task] ?? {}).map(([metric, floor]) => {
    const value = metricAt(report, metric);
    return {
      task,
      metric,
      floor,
      value,
      pass: value !== null && value >= floor - baseline.epsilon,
    };
  });
}

/** Run the gate; `onReport` sees each task's full report as it finishes. */
export async function runGate(
  baseline: Baseline,
  dataDir: string,
  onReport: (task: string, report: object) => void = () => undefined,
): Promise<GateResult[]> {
  const results: GateResult[] = [];
  for (const task of Object.keys(baseline.floors)) {
    const load = EVAL_TASKS[task];
    if (!load)
      throw new StorylineError('BAD_OPTION', `eval/baseline.json names an unknown task "${task}"`);
    const report = await (await load())({ dataDir });
    onReport(task, report);
    results.push(...checkFloors(task, report, baseline));
  }
  return results;
}
