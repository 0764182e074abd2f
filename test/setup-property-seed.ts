/**
 * Property tests (fast-check) run from one injected seed, so a CI run is reproducible: the
 * same commit explores the same inputs. Set STORYLINE_PROPERTY_SEED to explore others (a
 * failure prints its seed and path; rerun with that seed to replay it).
 */
import fc from 'fast-check';

/** Default seed of every property test. */
export const DEFAULT_PROPERTY_SEED = 20250113;

const raw = process.env.STORYLINE_PROPERTY_SEED;
const seed = raw === undefined || raw === '' ? DEFAULT_PROPERTY_SEED : Number(raw);
if (!Number.isInteger(seed)) {
  throw new Error(`STORYLINE_PROPERTY_SEED must be an integer, got "${raw}"`);
}
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
