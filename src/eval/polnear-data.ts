/** Loader for PolNeAR (political news attribution): one article a line, spans into `text`. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { StorylineError } from '../errors.js';
import { splitSentences } from '../clean/index.js';
import type { CleanArticle, Span } from '../types.js';

export const POLNEAR_DEV_PATH = join('quotes', 'polnear-dev.jsonl.gz');

export interface PolnearPart {
  spans: Span[];
  text: string;
}

export interface PolnearAttribution {
  source: PolnearPart | null;
  cue: PolnearPart | null;
  content: PolnearPart | null;
}

export interface PolnearArticle {
  id: string;
  publisher: string;
  text: string;
  attributions: PolnearAttribution[];
}

function part(raw: unknown): PolnearPart | null {
  const value = raw as { spans?: Span[]; text?: string } | null | undefined;
  return value?.spans?.length ? { spans: value.spans, text: value.text ?? '' } : null;
}

export function loadPolnear(dataDir: string, path: string = POLNEAR_DEV_PATH): PolnearArticle[] {
  const file = join(resolve(dataDir), path);
  if (!existsSync(file)) throw new StorylineError('DATA_NOT_FOUND', `No PolNeAR file at ${file}`);
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const record = JSON.parse(line) as {
        id: string;
        publisher: string;
        text: string;
        attributions: { source?: unknown; cue?: unknown; content?: unknown }[];
      };
      return {
        id: record.id,
        publisher: record.publisher,
        text: record.text,
        attributions: record.attributions.map((a) => ({
          source: part(a.source),
          cue: part(a.cue),
          content: part(a.content),
        })),
      };
    });
}

/**
 * A PolNeAR article as the quote extractor sees it: its own text split into sentences, no
 * boilerplate removed (the spans are offsets into `text`). The eval and the cue-model training
 * read articles the same way, so the model learns from what it is scored on.
 */
export function polnearCleanArticle(item: PolnearArticle): CleanArticle {
  return {
    article: {
      id: item.id,
      url: null,
      source: item.publisher,
      title: null,
      byline: null,
      published: null,
      language: 'en',
      text: item.text,
      provenance: { file: null, format: 'jsonl' },
    },
    sentences: splitSentences(item.text),
    removed: [],
  };
}
