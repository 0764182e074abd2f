/**
 * Temporal-expression evaluation on TimeBank + AQUAINT (TempEval-3 training data, TimeML):
 * every TIMEX3 except the document creation time is gold; the tagger gets the creation date
 * as its anchor, as a publish date would be in Storyline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAnchor } from '../analyse/dates/calendar.js';
import { tagTimexes } from '../analyse/dates/tag-timexes.js';
import { StorylineError } from '../errors.js';
import { type Prf, countDocument, emptyCounts, prf } from './dates-metrics.js';
import { readTarGz } from './timeml-tar.js';
import { type TimeMlDocument, parseTimeMl } from './timeml.js';

/** Where the labelled sets live unless the caller says otherwise. */
export const DEFAULT_DATA_DIR = process.env.STORYLINE_DATA ?? '../shared/data';
/** The corpus inside the data folder. */
export const TBAQ_PATH = join('dates', 'tbaq-cleaned.tar.gz');

export interface EvalDatesOptions {
  /** Folder holding the labelled sets. Default: `DEFAULT_DATA_DIR` (STORYLINE_DATA or ../shared/data). */
  dataDir?: string;
  /** Ask chrono-node for what the rules miss. Default: true (as in extractDates). */
  useChrono?: boolean;
}

export interface DatesReport {
  documents: number;
  gold: number;
  system: number;
  strict: Prf;
  relaxed: Prf;
  /** TempEval-3 value F1 (published: HeidelTime 0.776, SUTime 0.674 on the TempEval-3 test set). */
  value: Prf;
  /** Share of relaxed matches with the right value. */
  valueAccuracy: number;
  type: Prf;
  seconds: number;
}

/** The TimeML documents of the archive, one per document id (the archive repeats one file). */
export function loadTimeMl(dataDir: string = DEFAULT_DATA_DIR): TimeMlDocument[] {
  const path = resolve(dataDir, TBAQ_PATH);
  if (!existsSync(path)) throw new StorylineError('DATA_NOT_FOUND', `No TimeML corpus at ${path}`);
  const documents = new Map<string, TimeMlDocument>();
  for (const entry of readTarGz(readFileSync(path))) {
    if (!entry.path.endsWith('.tml')) continue;
    const id = entry.path
      .split('/')
      .pop()!
      .replace(/\.tml$/, '');
    if (!documents.has(id)) documents.set(id, parseTimeMl(entry.data.toString('utf8'), id));
  }
  return [...documents.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * @example
 * const report = await evalDates({ dataDir: '../shared/data' });
 * report.value.f1; // TempEval-3 value F1
 */
export async function evalDates(options: EvalDatesOptions = {}): Promise<DatesReport> {
  const started = performance.now();
  const documents = loadTimeMl(options.dataDir ?? DEFAULT_DATA_DIR);
  const counts = emptyCounts();
  for (const document of documents) {
    const system = tagTimexes(document.text, {
      anchor: parseAnchor(document.dct),
      useChrono: options.useChrono ?? true,
    });
    countDocument(counts, system, document.timexes);
  }
  return {
    documents: documents.length,
    gold: counts.gold,
    system: counts.system,
    strict: prf(counts.strict, counts.system, counts.gold),
    relaxed: prf(counts.relaxed, counts.system, counts.gold),
    value: prf(counts.value, counts.system, counts.gold),
    valueAccuracy: counts.relaxed === 0 ? 0 : Number((counts.value / counts.relaxed).toFixed(4)),
    type: prf(counts.type, counts.system, counts.gold),
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
  };
}
