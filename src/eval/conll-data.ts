/**
 * Loader for CoNLL-2003 English (`token TAG` per line, IOB tags, blank line between
 * sentences, `-DOCSTART-` between documents), and a gazetteer built from a training split.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Gazetteer } from '../analyse/entities/index.js';
import { StorylineError } from '../errors.js';
import type { EntityType } from '../types.js';

export const CONLL_DEV_PATH = join('ner', 'conll2003-dev.txt.gz');
export const CONLL_TRAIN_PATH = join('ner', 'conll2003-train.txt.gz');

export interface ConllToken {
  text: string;
  /** IOB tag as written: O, B-PER, I-ORG … */
  tag: string;
}

/** A document: sentences of tokens. */
export type ConllDocument = ConllToken[][];

export interface ConllEntity {
  sentence: number;
  start: number;
  end: number;
  type: string;
}

export function loadConll(dataDir: string, path: string): ConllDocument[] {
  const file = join(resolve(dataDir), path);
  if (!existsSync(file)) throw new StorylineError('DATA_NOT_FOUND', `No CoNLL file at ${file}`);
  const documents: ConllDocument[] = [];
  let document: ConllDocument = [];
  let sentence: ConllToken[] = [];
  const flush = (): void => {
    if (sentence.length) document.push(sentence);
    sentence = [];
  };
  for (const line of gunzipSync(readFileSync(file)).toString('utf8').split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) {
      flush();
      continue;
    }
    const parts = trimmed.split(/\s+/);
    if (parts[0] === '-DOCSTART-') {
      flush();
      if (document.length) documents.push(document);
      document = [];
      continue;
    }
    sentence.push({ text: parts[0]!, tag: parts[parts.length - 1]! });
  }
  flush();
  if (document.length) documents.push(document);
  return documents.flatMap(splitAtDatelines);
}

const DATELINE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Copies of the set without -DOCSTART- lines: a Reuters story opens with a headline and a
 * dateline ("LONDON 1996-08-30"), so a new document starts at the headline before each
 * dateline. Document boundaries matter: names are typed with evidence from the whole story.
 */
function splitAtDatelines(document: ConllDocument): ConllDocument[] {
  const out: ConllDocument[] = [];
  let current: ConllDocument = [];
  document.forEach((sentence, index) => {
    const next = document[index + 1];
    const headline = next && DATELINE_DATE.test(next[next.length - 1]!.text) && next.length <= 6;
    if (headline && current.length) {
      out.push(current);
      current = [];
    }
    current.push(sentence);
  });
  if (current.length) out.push(current);
  return out;
}

/** Entities of a tagged sentence (IOB1 and IOB2 both read: I- after another type opens one). */
export function entitiesOf(tags: readonly string[], sentence: number): ConllEntity[] {
  const out: ConllEntity[] = [];
  let open: ConllEntity | null = null;
  tags.forEach((tag, index) => {
    const [prefix, type] = tag.split('-') as [string, string | undefined];
    if (tag === 'O' || !type) {
      open = null;
      return;
    }
    if (prefix === 'B' || !open || open.type !== type) {
      open = { sentence, start: index, end: index + 1, type };
      out.push(open);
    } else {
      open.end = index + 1;
    }
  });
  return out;
}

const TYPE_OF: Record<string, EntityType> = {
  PER: 'person',
  ORG: 'organisation',
  LOC: 'place',
  MISC: 'other',
};

/**
 * Names of a labelled split with their majority type ("Leicestershire" → organisation, as
 * the sports tables of Reuters use it). Built at run time: the data never enters the repo.
 */
export function buildGazetteer(documents: readonly ConllDocument[]): Gazetteer {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const document of documents) {
    document.forEach((sentence, index) => {
      for (const entity of entitiesOf(
        sentence.map((t) => t.tag),
        index,
      )) {
        const key = sentence
          .slice(entity.start, entity.end)
          .map((t) => t.text)
          .join(' ')
          .toLowerCase();
        const type = TYPE_OF[entity.type] ?? 'other';
        const counts = votes.get(key) ?? new Map<EntityType, number>();
        counts.set(type, (counts.get(type) ?? 0) + 1);
        votes.set(key, counts);
      }
    });
  }
  const gazetteer = new Map<string, EntityType>();
  for (const [key, counts] of votes) {
    gazetteer.set(key, [...counts].sort((a, b) => b[1] - a[1])[0]![0]);
  }
  return gazetteer;
}
