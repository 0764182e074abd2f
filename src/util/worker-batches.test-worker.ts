/** Worker of worker-batches.test.ts: the words of each text (or a failure on request). */
import { serveBatches } from './worker-batches.js';
import { words } from './tokens.js';

serveBatches<string[], string[][]>((texts) => {
  if (texts.includes('fail')) throw new Error('asked to fail');
  return { result: texts.map((text) => words(text)) };
});
