/**
 * The cue test of one article with the learned classifier in charge of the rule lists:
 *
 *   rule says cue      → kept unless the model is nearly sure it is not (p < REJECT)
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

/** A word the rules do not take becomes a cue at this probability. Tuned on held-out train. */
export const DEFAULT_CUE_ACCEPT = Number(process.env.STORYLINE_CUE_ACCEPT ?? 0.4);
/** A rule cue is dropped below this probability. Tuned on held-out train. */
export const DEFAULT_CUE_REJECT = Number(process.env.STORYLINE_CUE_REJECT ?? 0.3);

/**
 * The cue test for the words of one article (`tokens`: outside quotations, text order).
 * `model` undefined = the committed model; null = the rule lists alone.
 */
export function learnedCueTest(
  text: string,
  tokens: readonly Token[],
  model: CueModel | null | undefined,
): CueTest {
  const chosen = model === undefined ? defaultCueModel() : model;
  if (!chosen) return isCueAt;
  const probabilities = cueProbabilities(chosen, text, tokens);
  return (frameText, frame, index) => {
    const rule = isCueAt(frameText, frame, index);
    const probability = probabilities.get(frame[index]!.start);
    if (probability === undefined) return rule;
    return rule ? probability >= DEFAULT_CUE_REJECT : probability >= DEFAULT_CUE_ACCEPT;
  };
}
