/** Directive frames ("He invited Musk to “…”"), on the seed sentence of issue #6 and cases around it. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds, seed } from '../../../test/seeds.js';
import { caseArticle } from '../../../test/case-article.js';
import type { CleanArticle } from '../../types.js';
import { extractEntityMentions, resolveStoryEntities } from '../entities/index.js';
import { tokenize } from '../../util/tokens.js';
import { directiveFrame } from './directive-frame.js';
import { extractQuotes } from './index.js';

function directQuote(text: string, content: string) {
  const clean = caseArticle(text);
  return extractQuotes(clean, extractEntityMentions(clean)).find(
    (quote) => quote.direct && quote.content.includes(content),
  );
}

let seeds: Map<string, CleanArticle>;
beforeAll(async () => {
  seeds = await loadSeeds();
});

describe('directive frames', () => {
  it('credits seed 001’s “roll up his sleeves” to Streeting, the previous sentence’s speaker', () => {
    const clean = seed(seeds, '001');
    const mentions = resolveStoryEntities([...seeds.values()]).mentions.get(clean.article.id)!;
    const quote = extractQuotes(clean, mentions).find((q) =>
      q.content.includes('roll up his sleeves and work with us'),
    );
    expect(quote?.speakerText).toBe('He');
    expect(quote?.cue).toBe('invited');
    expect(quote?.speaker).toBe('Wes Streeting');
  });

  it('takes the subject of "called on … to" and "urged … to"', () => {
    const called = directQuote(
      'Labour MPs called on the BBC to “come clean about what it knew” on Monday.',
      'come clean',
    );
    expect(called?.speakerText).toBe('Labour MPs');
    expect(called?.cue).toBe('called');
    const urged = directQuote(
      'Ms Reeves spoke in Leeds. She urged the new Home Secretary to “get a grip on the backlog”.',
      'get a grip',
    );
    expect(urged?.speakerText).toBe('She');
    expect(urged?.cue).toBe('urged');
  });

  it('needs the whole frame: particle, a short object and "to" right before the quotation', () => {
    const frame = (sentence: string): string | null => {
      const open = sentence.indexOf('“');
      const clean = caseArticle(sentence);
      const tokens = tokenize(sentence).filter((token) => token.end <= open);
      const found = directiveFrame(
        { text: sentence, tokens, mentions: extractEntityMentions(clean) },
        open,
      );
      return found ? sentence.slice(...found.speakerSpan) : null;
    };
    expect(frame('He invited Musk to “roll up his sleeves”.')).toBe('He');
    expect(frame('Labour MPs called on the BBC to “come clean”.')).toBe('Labour MPs');
    // "called" without "on" names, it does not direct.
    expect(frame('The panel called Musk to “explain the posts”.')).toBeNull();
    // A passive has no subject that spoke.
    expect(frame('Musk was invited to “the most important summit of the year”.')).toBeNull();
    // Something between "to" and the quotation: the quotation does not complete the directive.
    expect(frame('He invited Musk to the summit, a “chance to talk”.')).toBeNull();
    // A clause inside the "object": not one directive.
    expect(frame('He asked the man who said the press were to “blame”.')).toBeNull();
    // An object longer than MAX_OBJECT_WORDS.
    expect(
      frame('She urged the very many long-serving members of the old committee to “act”.'),
    ).toBeNull();
  });
});
