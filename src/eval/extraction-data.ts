/**
 * Loaders for the two labelled extraction sets in the shared data folder (see its README).
 * Pages are read lazily, one at a time, so a large set never sits in memory as HTML.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { StorylineError } from '../errors.js';

/** Where the labelled sets live unless the caller says otherwise. */
export const DEFAULT_DATA_DIR = process.env.STORYLINE_DATA ?? '../shared/data';

export interface ZytePage {
  id: string;
  url: string;
  truth: string;
  html: () => Uint8Array;
}

export interface WcxbPage {
  id: string;
  url: string;
  truth: string;
  title: string | null;
  author: string | null;
  /** `YYYY-MM-DD` (`YYYY-MM` for a few pages dated to the month) or null when the set has none. */
  publishDate: string | null;
  html: () => Uint8Array;
}

function requireDir(dir: string): string {
  if (!existsSync(dir)) {
    throw new StorylineError('DATA_NOT_FOUND', `No extraction set at ${dir}`);
  }
  return dir;
}

export function zyteDir(dataDir: string): string {
  return requireDir(join(resolve(dataDir), 'extraction', 'zyte'));
}

export function loadZyte(dataDir: string): ZytePage[] {
  const dir = zyteDir(dataDir);
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  return Object.entries(truth).map(([id, page]) => ({
    id,
    url: page.url ?? '',
    truth: page.articleBody ?? '',
    html: () => gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))),
  }));
}

/** Peer outputs published with the Zyte set: tool name → id → articleBody. */
export function loadZytePeers(dataDir: string): Map<string, Map<string, string>> {
  const dir = join(zyteDir(dataDir), 'peer-output');
  const peers = new Map<string, Map<string, string>>();
  if (!existsSync(dir)) return peers;
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json.gz')) continue;
    const raw = JSON.parse(gunzipSync(readFileSync(join(dir, file))).toString('utf8')) as {
      output?: Record<string, { articleBody?: string }>;
    } & Record<string, { articleBody?: string }>;
    // Published files wrap pages in {version, output}; older ones are the bare map.
    const pages = raw.output ?? raw;
    const bodies = new Map<string, string>();
    for (const [id, page] of Object.entries(pages)) bodies.set(id, page?.articleBody ?? '');
    peers.set(file.replace(/\.json\.gz$/, ''), bodies);
  }
  return peers;
}

interface WcxbTruthFile {
  url?: string;
  file_id?: string;
  ground_truth?: {
    title?: string | null;
    author?: string | null;
    publish_date?: string | null;
    main_content?: string | null;
  };
}

export function loadWcxb(dataDir: string): WcxbPage[] {
  const dir = requireDir(join(resolve(dataDir), 'extraction', 'wcxb-articles-dev'));
  const files = readdirSync(join(dir, 'ground-truth'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((file) => {
    const id = file.replace(/\.json$/, '');
    const raw = JSON.parse(readFileSync(join(dir, 'ground-truth', file), 'utf8')) as WcxbTruthFile;
    const gt = raw.ground_truth ?? {};
    return {
      id,
      url: raw.url ?? '',
      truth: gt.main_content ?? '',
      title: gt.title || null,
      author: gt.author || null,
      publishDate: gt.publish_date ? gt.publish_date.slice(0, 10) : null,
      html: () => gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))),
    };
  });
}
