/**
 * The content terms inside quotation marks of each sentence. Two sentences that both quote
 * someone state the same thing only if they quote the same words: "misjudged and certainly
 * misinformed" and "disgraceful smear" are different statements even in identical frames
 * ("Musk's attack … is …, Streeting has said").
 */
import { maskQuotations } from '../../dedup/passage-reuse.js';
import type { CleanArticle } from '../../types.js';
import { contentTerms } from '../../util/tokens.js';

/** Per sentence index: the content terms of its quoted parts (empty when it quotes nothing). */
export function quotedTerms(clean: CleanArticle): Set<string>[] {
  const text = clean.article.text;
  const masked = maskQuotations(text);
  return clean.sentences.map((sentence) => {
    let quoted = '';
    for (let i = sentence.span[0]; i < sentence.span[1]; i++) {
      // Masked characters that were not spaces are the quotation's text (marks included).
      quoted += masked[i] === ' ' && text[i] !== ' ' ? text[i] : ' ';
    }
    return new Set(contentTerms(quoted));
  });
}
