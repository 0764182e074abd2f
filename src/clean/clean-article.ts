/**
 * The clean stage for one article: normalise, drop boilerplate lines, split sentences,
 * detect language. `article.text` of the result is the cleaned text every later stage uses;
 * sentence spans point into it.
 */
import type { Article, CleanArticle } from '../types.js';
import { removeBoilerplate, type BoilerplateOptions } from './boilerplate.js';
import { detectLanguage } from './language.js';
import { normalizeText } from './normalize-text.js';
import { splitSentences } from './sentences.js';

export interface CleanOptions extends BoilerplateOptions {
  /** Detect the language when the article has none. Default true. */
  detectLanguage?: boolean;
}

/**
 * @example
 * const clean = cleanArticle(article);
 * clean.sentences[0].text; // first sentence of the cleaned text
 */
export function cleanArticle(article: Article, options: CleanOptions = {}): CleanArticle {
  // 1. One spelling of every character.
  const normalized = normalizeText(article.text);
  // 2. Junk lines out, recorded with their reason.
  const { text, removed } = removeBoilerplate(normalized, options);
  // 3. Sentences with offsets into the cleaned text.
  const sentences = splitSentences(text);
  // 4. Language, unless the source said it.
  const language =
    article.language ?? (options.detectLanguage === false ? null : detectLanguage(text));
  const title = article.title === null ? null : normalizeText(article.title);
  return { article: { ...article, title, text, language }, sentences, removed };
}
