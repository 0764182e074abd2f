/**
 * Per-article analysis commands over JSON Lines of Articles: `quotes`, `entities`, `dates`.
 * Offsets point into the article's cleaned `text`, which each output line carries so the
 * spans can be checked.
 */
import type { Command } from 'commander';
import type { Article } from '../../../types.js';
import { lineWriter, readJsonlArticles } from '../io.js';

type Analysers = typeof import('../../../analyse/index.js') &
  typeof import('../../../clean/index.js');

export function registerAnalyse(program: Command): void {
  const perArticle = (
    name: string,
    description: string,
    produce: (article: Article, lib: Analysers) => object,
  ): void => {
    program
      .command(name)
      .description(description)
      .argument('<in.jsonl>', 'JSON Lines of Articles, .gz accepted, - for stdin')
      .option('--out <file>', 'write to a file instead of stdout')
      .action(async (input: string, flags: { out?: string }) => {
        // Loaded here so that `--help` does not pay for the NLP lexicons.
        const lib = {
          ...(await import('../../../analyse/index.js')),
          ...(await import('../../../clean/index.js')),
        };
        const out = lineWriter(flags.out);
        for (const { article } of readJsonlArticles(input)) out.write(produce(article, lib));
        await out.close();
      });
  };

  perArticle(
    'quotes',
    'attributed quotes per article: speaker, cue, content, character spans',
    (article, { cleanArticle, extractQuotes, extractEntityMentions }) => {
      const clean = cleanArticle(article, { detectLanguage: false });
      const quotes = extractQuotes(clean, extractEntityMentions(clean)).map((quote) => ({
        speaker: quote.speaker ?? quote.speakerText,
        speakerSpan: quote.speakerSpan,
        cue: quote.cue,
        content: quote.content,
        contentSpan: quote.contentSpan,
        direct: quote.direct,
      }));
      return { id: article.id, text: clean.article.text, quotes };
    },
  );

  perArticle(
    'entities',
    'people, organisations and places per article with canonical names',
    (article, { cleanArticle, extractEntityMentions }) => {
      const clean = cleanArticle(article, { detectLanguage: false });
      return { id: article.id, text: clean.article.text, entities: extractEntityMentions(clean) };
    },
  );

  perArticle(
    'dates',
    'temporal expressions per article, resolved against `published`',
    (article, { cleanArticle, extractDates }) => {
      const clean = cleanArticle(article, { detectLanguage: false });
      const dates = extractDates(clean).map(({ text, span, value, resolved }) => ({
        text,
        span,
        value,
        resolved,
      }));
      return { id: article.id, published: article.published, text: clean.article.text, dates };
    },
  );
}
