/**
 * One catalogue of error codes. Every message says what to do next.
 * Programmer/configuration errors throw StorylineError; rejected inputs are values (Skipped).
 */

export const ERROR_CODES = {
  INPUT_NOT_FOUND: 'Check the path; give a file, a directory or - for stdin.',
  INPUT_UNREADABLE: 'Check the file permissions or give another input.',
  NO_ARTICLES: 'Give .txt, .jsonl or .json inputs containing article text.',
  BAD_JSON: 'Each line must be one JSON object with at least a "text" field.',
  BAD_OPTION: 'Run the command with --help to see the accepted values.',
  STORY_NOT_FOUND: 'Run `storyline stories` to list the story ids in this database.',
  STORE_FAILED: 'Check that the database file is writable and not used by an older version.',
  EVAL_REGRESSION: 'Fix the regression, or lower the floor in eval/baseline.json with a reason.',
  MODEL_UNAVAILABLE:
    'The learned models ship in models/ with Storyline: restore the file or set the variable named above.',
  DATA_NOT_FOUND:
    'Pass --data <dir> or set STORYLINE_DATA to the folder holding the labelled sets.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class StorylineError extends Error {
  readonly code: ErrorCode;
  /** 1 = bad input, 2 = usage error (CLI exit codes). */
  readonly exitCode: 1 | 2;

  constructor(code: ErrorCode, detail: string, exitCode: 1 | 2 = 1) {
    super(`${detail}. ${ERROR_CODES[code]}`);
    this.name = 'StorylineError';
    this.code = code;
    this.exitCode = exitCode;
  }
}
