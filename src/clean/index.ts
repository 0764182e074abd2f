export { cleanArticle, type CleanOptions } from './clean-article.js';
export { classifyLines, removeBoilerplate, type BoilerplateOptions } from './boilerplate.js';
export { detectLanguage } from './language.js';
export { normalizeText, normalizeQuotes } from './normalize-text.js';
export { splitSentences, paragraphSpans } from './sentences.js';
export { cleanFromText, type FromTextOptions } from './from-text.js';
