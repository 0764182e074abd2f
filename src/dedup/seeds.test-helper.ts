/** Test helper: the five seed articles of /work/shared/seeds (one story, five outlets). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SEEDS_DIR = resolve(
  process.env.STORYLINE_SEEDS ?? join(process.cwd(), '../shared/seeds'),
);

/** Seed texts with the optional leading " date YYYY-MM-DD" header stripped into `published`. */
export function readSeeds(): { id: string; text: string; published: string | null }[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(SEEDS_DIR, name), 'utf8');
      const header = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(raw);
      return {
        id: name.replace(/\.txt$/, ''),
        text: header ? raw.slice(header[0].length) : raw,
        published: header ? header[1]! : null,
      };
    });
}
