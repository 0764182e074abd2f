/** Shared CLI option parsing: numbers and formats are validated before any work starts. */
import { InvalidArgumentError } from 'commander';

export const DEFAULT_OUT_DIR = 'storyline-out';

export function positiveInt(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new InvalidArgumentError('expected a positive whole number.');
  return number;
}

export function formatOption(value: string): 'md' | 'html' | 'json' {
  if (value === 'md' || value === 'html' || value === 'json') return value;
  throw new InvalidArgumentError('expected md, html or json.');
}

/** Summary length options shared by run, brief and summarize. */
export function summaryOptions(options: { sentences?: number; words?: number }): {
  sentences?: number;
  words?: number;
} {
  return {
    ...(options.sentences !== undefined ? { sentences: options.sentences } : {}),
    ...(options.words !== undefined ? { words: options.words } : {}),
  };
}
