/**
 * Word-level diff (longest common subsequence) so a brief can show how outlets worded the
 * same quote: "roll his sleeves up" vs "roll up his sleeves".
 *
 *        roll  up  his  sleeves        a = roll his sleeves up
 *   roll   1   1    1     1            b = roll up his sleeves
 *   his    1   1    2     2            ops: = roll, + up, = his sleeves, - up
 *   …
 */
import { tokenize } from '../../util/tokens.js';

export type DiffOp = { op: 'equal' | 'delete' | 'insert'; words: string[] };

/** Ops turning `a` into `b`; words compare case-insensitively with ’ and ' alike. */
export function wordDiff(a: string, b: string): DiffOp[] {
  const left = tokenize(a).map((t) => t.text);
  const right = tokenize(b).map((t) => t.text);
  const key = (word: string): string => word.toLowerCase().replace(/’/g, "'");
  const rows = left.length;
  const cols = right.length;
  // lcs[i][j]: LCS length of left[i..] and right[j..].
  const lcs: number[][] = Array.from({ length: rows + 1 }, () =>
    new Array<number>(cols + 1).fill(0),
  );
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      lcs[i]![j] =
        key(left[i]!) === key(right[j]!)
          ? lcs[i + 1]![j + 1]! + 1
          : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: DiffOp[] = [];
  const push = (op: DiffOp['op'], word: string): void => {
    const last = ops[ops.length - 1];
    if (last?.op === op) last.words.push(word);
    else ops.push({ op, words: [word] });
  };
  let i = 0;
  let j = 0;
  while (i < rows || j < cols) {
    if (i < rows && j < cols && key(left[i]!) === key(right[j]!)) {
      push('equal', left[i++]!);
      j++;
    } else if (j < cols && (i === rows || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      push('insert', right[j++]!);
    } else {
      push('delete', left[i++]!);
    }
  }
  return ops;
}
