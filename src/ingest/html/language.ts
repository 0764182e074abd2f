/**
 * Page language as ISO 639-1: declared (`<html lang>`, content-language, og:locale) when
 * present and well-formed, else detected from the text (util/language.ts).
 */
export { detectLanguage, MIN_DETECT_CHARS, normaliseLanguageTag } from '../../util/language.js';
