/** Language of a cleaned article (util/language.ts: franc-min, reported as ISO 639-1). */
import { detectLanguage as detect } from '../util/language.js';

/** Minimum text length for a guess; shorter texts give null rather than noise. Default 40. */
export const DEFAULT_MIN_LANGUAGE_CHARS = 40;

export function detectLanguage(text: string, minChars = DEFAULT_MIN_LANGUAGE_CHARS): string | null {
  return detect(text, minChars);
}
