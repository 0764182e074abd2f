#!/usr/bin/env node
/** Process entry point of the `storyline` binary (main.ts stays importable for tests). */
import { main } from './main.js';

// Quietly stop when the reader of stdout goes away (`storyline stories | head`).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

main().then((code) => {
  process.exitCode = code;
});
