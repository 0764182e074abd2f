/**
 * The learned models shipped in `models/`: where the process finds each one, how a missing or
 * stale file is reported, and the environment switch that names another file or turns the
 * model off. One place, so every model behaves the same way for a user: a missing file says
 * how to train one or run without it, a file of another format or feature version says how to
 * retrain it, and a model is read once per process (per path) however many articles use it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { StorylineError } from '../errors.js';

/** `models/` at the repository root, from src/ and dist/ alike (both sit one level below it). */
export const MODELS_DIR = resolve(fileURLToPath(import.meta.url), '../../../models');

export interface ModelSource {
  /** Environment variable that names another file, or `none` to run without the model. */
  env: string;
  /** The committed file, under MODELS_DIR unless absolute. */
  file: string;
  /** What the model is, for messages ("quote cue model"). */
  what: string;
  /** The script that trains it ("scripts/train-quote-cues.ts"). */
  script: string;
  /** What runs when the model is off ("the rules alone"). */
  without: string;
  /** The `format` a file of this model declares. */
  format: string;
  /** The version of the features its weights were trained on. */
  featureVersion: number;
}

/** The committed path of a model. */
export function defaultModelPath(source: ModelSource): string {
  return resolve(MODELS_DIR, source.file);
}

/** The path the environment asks for, the committed one, or null when the model is off. */
export function modelPath(source: ModelSource): string | null {
  const path = process.env[source.env] ?? defaultModelPath(source);
  return path === 'none' ? null : path;
}

/** The bytes of a model file, or a one-line error that says how to get one. */
export function readModelFile(path: string, source: ModelSource): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new StorylineError(
      'MODEL_UNAVAILABLE',
      `No ${source.what} at ${path} (train one with ${source.script}, ` +
        `or set ${source.env}=none for ${source.without})`,
    );
  }
}

/** The JSON of a model file, gunzipped when it is gzipped. */
export function modelJson<T>(bytes: Buffer): Partial<T> {
  const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return JSON.parse(text.toString('utf8')) as Partial<T>;
}

/**
 * Throws unless the file is of the source's `format` and `featureVersion`: features computed by
 * other code than the weights were trained on would score silently wrong.
 */
export function checkModelFormat(
  json: { format?: unknown; featureVersion?: unknown },
  path: string,
  source: Pick<ModelSource, 'script' | 'format' | 'featureVersion'>,
): void {
  if (json.format === source.format && json.featureVersion === source.featureVersion) return;
  throw new StorylineError(
    'MODEL_UNAVAILABLE',
    `${path} is not a ${source.format} model of feature version ${source.featureVersion} ` +
      `(found ${String(json.format)} v${String(json.featureVersion)}); retrain it with ${source.script}`,
  );
}

/** The JSON of a model file of `source`, checked to be of its format and feature version. */
export function checkedModelJson<T>(bytes: Buffer, path: string, source: ModelSource): Partial<T> {
  const json = modelJson<T & { format?: unknown; featureVersion?: unknown }>(bytes);
  checkModelFormat(json, path, source);
  return json;
}

/**
 * A loader of the model `source` names: read and parsed on first use, then kept for the life of
 * the process (per path, so a test that points the variable elsewhere gets that file); null
 * when the model is off.
 */
export function modelLoader<T>(
  source: ModelSource,
  parse: (bytes: Buffer, path: string) => T,
): () => T | null {
  const loaded = new Map<string, T>();
  return () => {
    const path = modelPath(source);
    if (path === null) return null;
    let model = loaded.get(path);
    if (model === undefined) {
      model = parse(readModelFile(path, source), path);
      loaded.set(path, model);
    }
    return model;
  };
}
