/**
 * The cue test of one article with the learned classifier in charge of the rule lists:
 *
 *   rule says cue      → kept unless the model finds it unlikely (p < REJECT)
 *   rule says no / ?   → a cue when the model is sure enough (p >= ACCEPT)
 *
 * The source and content finders then run from these cues unchanged: the model widens the
 * cue vocabulary to verbs of stance and action ("warned", "wants", "believes") in the
 * contexts where PolNeAR annotates them, which word lists could not (issue 5: hand-added
 * words measured ~0.3 precision as sources).
 */
import type { Token } from '../../util/tokens.js';
import { cueProbabilities, defaultCueModel, type CueModel } from './cue-model.js';
import { isCueAt, type CueTest } from './cues.js';

/**
 * A word the rules do not take becomes a cue at this probability. Tuned with the report
 * filter on a held-out quarter of PolNeAR train (0.25-0.6 tried; source F1 within 0.01).
 */
export const DEFAULT_CUE_ACCEPT = 0.3;
/** A rule cue is dropped below this probability. Tuned on held-out train (0.05-0.45 tried). */
export const DEFAULT_CUE_REJECT = 0.3;

export interface LearnedCues {
  cueAt: CueTest;
  /** The model in use, or null for the rules alone. */
  model: CueModel | null;
  /** Cue probability of each candidate word, by start offset (empty without a model). */
  probabilities: ReadonlyMap<number, number>;
}

/**
 * The cue test for the words of one article (`tokens`: outside quotations, text order).
 * `model` undefined = the committed model; null = the rule lists alone.
 */
export function learnedCues(
  text: string,
  tokens: readonly Token[],
  model: CueModel | null | undefined,
): LearnedCues {
  const chosen = model === undefined ? defaultCueModel() : model;
  if (!chosen) return { cueAt: isCueAt, model: null, probabilities: new Map() };
  const probabilities = cueProbabilities(chosen, text, tokens);
  const cueAt: CueTest = (frameText, frame, index) => {
    const rule = isCueAt(frameText, frame, index);
    const probability = probabilities.get(frame[index]!.start);
    if (probability === undefined) return rule;
    return rule ? probability >= DEFAULT_CUE_REJECT : probability >= DEFAULT_CUE_ACCEPT;
  };
  return { cueAt, model: chosen, probabilities };
}

/** The highest cue probability over the words of `span`, or undefined when none was judged. */
export function spanProbability(
  learned: LearnedCues,
  span: readonly [number, number],
): number | undefined {
  let best: number | undefined;
  for (let at = span[0]; at < span[1]; at++) {
    const probability = learned.probabilities.get(at);
    if (probability !== undefined) best = Math.max(best ?? 0, probability);
  }
  return best;
}
