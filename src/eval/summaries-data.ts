/**
 * NeuS/AllSides roundups as summarisation items: each record's three articles (left, centre,
 * right outlets) are one story; `reference_summary` is the human neutral summary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { StorylineError } from '../errors.js';

export interface SummaryItem {
  id: string;
  /** The record's NeuS split ('train' or 'val'): the concept model is trained on 'train' only. */
  split: string;
  articles: { title: string | null; text: string }[];
  referenceTitle: string;
  referenceSummary: string;
}

export const NEUS_PATH = ['clustering', 'neus-allsides-trainval.jsonl.gz'];

export function loadNeusSummaries(dataDir: string, limit = Infinity): SummaryItem[] {
  const path = join(resolve(dataDir), ...NEUS_PATH);
  if (!existsSync(path)) throw new StorylineError('DATA_NOT_FOUND', `No NeuS set at ${path}`);
  const items: SummaryItem[] = [];
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    if (items.length >= limit) break;
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as {
      id: string;
      split?: string;
      articles?: { title?: string; text?: string }[];
      reference_title?: string;
      reference_summary?: string;
    };
    if (!row.reference_summary) continue;
    items.push({
      id: String(row.id),
      split: row.split ?? 'unknown',
      articles: (row.articles ?? []).map((a) => ({ title: a.title ?? null, text: a.text ?? '' })),
      referenceTitle: row.reference_title ?? '',
      referenceSummary: row.reference_summary,
    });
  }
  return items;
}
