/**
 * Entity extraction scored on CoNLL-2003 dev: entity-level precision/recall/F1 for PER, ORG
 * and LOC (MISC is neither predicted nor scored: our 'other' type is not MISC). Each document
 * is rebuilt as text (tokens joined by spaces, one sentence a line) and run through the
 * article extractor; predicted character spans map back to tokens.
 *
 * The headline figure is the product's path: the committed tagger model plus the rules, with
 * nothing learnt from CoNLL at eval time. `useTrainGazetteer` (names of the train split typed
 * by their majority label) and `rulesOnly` are comparisons, off by default.
 */
import {
  defaultNerModel,
  extractEntityMentions,
  type EntityOptions,
} from '../analyse/entities/index.js';
import { cleanFromText } from '../clean/index.js';
import type { EntityType } from '../types.js';
import {
  buildGazetteer,
  CONLL_DEV_PATH,
  CONLL_TRAIN_PATH,
  entitiesOf,
  loadConll,
  type ConllDocument,
} from './conll-data.js';

export const DEFAULT_DATA_DIR = process.env.STORYLINE_DATA ?? '../shared/data';

export interface EvalEntitiesOptions {
  /** Folder holding `ner/`. Default: STORYLINE_DATA or ../shared/data. */
  dataDir?: string;
  /** Add a gazetteer built from the training split at run time (not the product). Default false. */
  useTrainGazetteer?: boolean;
  /** Rules without the statistical tagger (the extractor before issue 5). Default false. */
  rulesOnly?: boolean;
}

interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export interface EntitiesReport {
  documents: number;
  /** What was scored: 'product' (tagger + rules), or a comparison. */
  system: 'product' | 'rules-only' | 'product+train-gazetteer' | 'rules-only+train-gazetteer';
  gazetteer: number;
  overall: Score;
  byType: Record<'PER' | 'ORG' | 'LOC', Score & { gold: number; predicted: number }>;
  msPerDocument: number;
}

const LABEL: Partial<Record<EntityType, 'PER' | 'ORG' | 'LOC'>> = {
  person: 'PER',
  organisation: 'ORG',
  place: 'LOC',
};
const SCORED = ['PER', 'ORG', 'LOC'] as const;

function score(hits: number, predicted: number, gold: number): Score {
  const precision = predicted ? hits / predicted : 0;
  const recall = gold ? hits / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

/** Predicted entities of one document as `sentence:start:end:TYPE` keys. */
function predict(document: ConllDocument, options: EntityOptions): Set<string> {
  const offsets: { sentence: number; token: number; start: number; end: number }[] = [];
  let text = '';
  document.forEach((sentence, s) => {
    sentence.forEach((token, t) => {
      if (t > 0) text += ' ';
      offsets.push({
        sentence: s,
        token: t,
        start: text.length,
        end: text.length + token.text.length,
      });
      text += token.text;
    });
    text += '\n';
  });
  const clean = cleanFromText('conll', text);
  const out = new Set<string>();
  for (const mention of extractEntityMentions(clean, options)) {
    const label = LABEL[mention.type];
    if (!label || mention.name.length === 0) continue;
    const covered = offsets.filter((o) => o.start < mention.span[1] && mention.span[0] < o.end);
    // Keep in sync with the token join above: a mention covers whole tokens only.
    if (!covered.length) continue;
    const first = covered[0]!;
    const last = covered[covered.length - 1]!;
    if (first.sentence !== last.sentence) continue;
    out.add(`${first.sentence}:${first.token}:${last.token + 1}:${label}`);
  }
  return out;
}

export async function evalEntities(options: EvalEntitiesOptions = {}): Promise<EntitiesReport> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const gazetteer = options.useTrainGazetteer
    ? buildGazetteer(loadConll(dataDir, CONLL_TRAIN_PATH))
    : undefined;
  const rulesOnly = options.rulesOnly === true || defaultNerModel() === null;
  const extractOptions: EntityOptions = {
    ...(gazetteer ? { gazetteer } : {}),
    ...(options.rulesOnly ? { model: null } : {}),
  };
  const documents = loadConll(dataDir, CONLL_DEV_PATH);
  const counts = Object.fromEntries(
    SCORED.map((t) => [t, { hits: 0, predicted: 0, gold: 0 }]),
  ) as Record<(typeof SCORED)[number], { hits: number; predicted: number; gold: number }>;
  let elapsed = 0;
  for (const document of documents) {
    const gold = new Set<string>();
    document.forEach((sentence, index) => {
      for (const entity of entitiesOf(
        sentence.map((t) => t.tag),
        index,
      )) {
        if (entity.type !== 'MISC')
          gold.add(`${index}:${entity.start}:${entity.end}:${entity.type}`);
      }
    });
    const started = performance.now();
    const predicted = predict(document, extractOptions);
    elapsed += performance.now() - started;
    for (const key of gold) counts[key.split(':')[3] as (typeof SCORED)[number]].gold++;
    for (const key of predicted) {
      const type = key.split(':')[3] as (typeof SCORED)[number];
      counts[type].predicted++;
      if (gold.has(key)) counts[type].hits++;
    }
  }
  const total = SCORED.reduce(
    (sum, t) => ({
      hits: sum.hits + counts[t].hits,
      predicted: sum.predicted + counts[t].predicted,
      gold: sum.gold + counts[t].gold,
    }),
    { hits: 0, predicted: 0, gold: 0 },
  );
  const byType = Object.fromEntries(
    SCORED.map((t) => [
      t,
      {
        ...score(counts[t].hits, counts[t].predicted, counts[t].gold),
        gold: counts[t].gold,
        predicted: counts[t].predicted,
      },
    ]),
  ) as EntitiesReport['byType'];
  return {
    documents: documents.length,
    system: `${rulesOnly ? 'rules-only' : 'product'}${gazetteer ? '+train-gazetteer' : ''}`,
    gazetteer: gazetteer?.size ?? 0,
    overall: score(total.hits, total.predicted, total.gold),
    byType,
    msPerDocument: Math.round((elapsed / Math.max(1, documents.length)) * 10) / 10,
  };
}
