/**
 * Entity spans of a text from the statistical tagger: tokens, features, greedy BIO decoding,
 * spans. The committed model (trained on CoNLL-2003 by scripts/train-ner.ts) loads lazily,
 * once per process, from the package's `models/` folder.
 */
import { documentEvidence, sentenceFeatures } from './features.js';
import { PredictionHistory } from './prediction-history.js';
import { NER_MODEL_SOURCE, parseModel } from './model-file.js';
import { defaultModelPath, modelLoader } from '../../../util/model-file.js';
import { greedyDecode, modelScorer, type NerModel } from './perceptron.js';
import { tokenizeSentences } from './tokenize.js';

export type TaggedType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface TaggedSpan {
  /** Character offsets into the text. */
  start: number;
  end: number;
  type: TaggedType;
  /**
   * How sure the tagger is of each type, from the scores of B-PER … B-MISC at the first token
   * (softmax; sums to 1). Lets a confident "in Rotherham" outvote a doubtful "including
   * Rotherham" when occurrences are pooled.
   */
  confidence: Record<TaggedType, number>;
}

const TYPES: readonly TaggedType[] = ['PER', 'ORG', 'LOC', 'MISC'];
/** Softmax temperature over averaged-perceptron scores (their margins run to tens). */
export const CONFIDENCE_TEMPERATURE = 4;

function confidenceOf(scores: Float64Array, labels: readonly string[]): TaggedSpan['confidence'] {
  const raw = TYPES.map((type) => scores[labels.indexOf(`B-${type}`)] ?? -Infinity);
  const top = Math.max(...raw);
  const exp = raw.map((score) => Math.exp((score - top) / CONFIDENCE_TEMPERATURE));
  const sum = exp.reduce((total, value) => total + value, 0);
  return { PER: exp[0]! / sum, ORG: exp[1]! / sum, LOC: exp[2]! / sum, MISC: exp[3]! / sum };
}

export const DEFAULT_MODEL_PATH = defaultModelPath(NER_MODEL_SOURCE);

/**
 * The committed model, read on first use and kept for the life of the process. The
 * STORYLINE_NER_MODEL variable names another model file, or `none` for the rules alone (for
 * side-by-side evals of stages that use entities).
 */
export const defaultNerModel = modelLoader(NER_MODEL_SOURCE, parseModel);

/**
 * @example
 * tagEntities('Health Secretary Wes Streeting visited Oldham.');
 * // [{ start: 17, end: 30, type: 'PER' }, { start: 39, end: 45, type: 'LOC' }]
 */
export function tagEntities(text: string, given?: NerModel): TaggedSpan[] {
  const model = given ?? defaultNerModel();
  if (!model) return [];
  const sentences = tokenizeSentences(text);
  const words = sentences.map((sentence) => sentence.map((token) => token.text));
  const evidence = documentEvidence(words);
  const history = new PredictionHistory();
  const out: TaggedSpan[] = [];
  sentences.forEach((sentence, index) => {
    const features = sentenceFeatures(words[index]!, evidence);
    const scores: Float64Array[] = [];
    const labels = greedyDecode(
      words[index]!,
      model.labels,
      modelScorer(model, features),
      history,
      scores,
    ).map((label) => model.labels[label]!);
    let open: TaggedSpan | null = null;
    labels.forEach((label, token) => {
      const { start, end } = sentence[token]!;
      if (label === 'O') {
        open = null;
      } else if (label.startsWith('I-') && open) {
        open.end = end;
      } else {
        const confidence = confidenceOf(scores[token]!, model.labels);
        open = { start, end, type: label.slice(2) as TaggedType, confidence };
        out.push(open);
      }
    });
  });
  return out;
}
