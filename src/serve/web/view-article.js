/* global document, URL */
// One article: its cleaned text sentence by sentence, the cited sentence highlighted and
// scrolled to, and passages shared with other outlets (brief.reuse) marked.
import { api } from './api.js';
import { el, links, mount, safeHref } from './dom.js';

export async function renderArticle(main, id, params) {
  const cite = params.get('cite') || '';
  const data = await api.article(id, cite);
  const { article, sentences, shared } = data;
  const story = params.get('story') || data.story;
  const cited = new Set(data.cited ? data.cited.sentences : []);
  const sharedBy = new Map();
  for (const passage of shared) {
    const list = sharedBy.get(passage.sentence) || [];
    list.push(passage);
    sharedBy.set(passage.sentence, list);
  }
  const paragraphs = [];
  let current = null;
  let paragraphIndex = -1;
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraphIndex || !current) {
      paragraphIndex = sentence.paragraph;
      current = el('p', {});
      paragraphs.push(current);
    }
    const passages = sharedBy.get(sentence.index) || [];
    const classes = ['s'];
    if (cited.has(sentence.index)) classes.push('cited');
    if (passages.length > 0) classes.push('shared');
    const note = passages
      .map((p) =>
        p.direction === 'copied-from'
          ? `shared copy: also in ${p.otherLabel} (sentence ${p.otherSentence + 1})`
          : `shared copy: reused by ${p.otherLabel} (sentence ${p.otherSentence + 1})`,
      )
      .join('; ');
    current.appendChild(
      el(
        'span',
        { class: classes.join(' '), id: `s-${sentence.index}`, title: note || null },
        sentence.text,
      ),
    );
    current.appendChild(document.createTextNode(' '));
  }
  const href = safeHref(article.url);
  const citeNote = cite
    ? data.cited
      ? el(
          'p',
          { class: 'cite-note', id: 'cite-note' },
          `Cited for: “${cite}” — highlighted below${data.cited.verbatim ? ' (verbatim)' : ` (${Math.round(data.cited.containment * 100)}% of its words)`}.`,
        )
      : el(
          'p',
          { class: 'cite-note missing', id: 'cite-note' },
          `Cited for: “${cite}” — not located in this article's text.`,
        )
    : null;
  mount(
    main,
    el(
      'nav',
      { class: 'crumbs' },
      el('a', { href: links.list() }, 'Stories'),
      story ? [' › ', el('a', { href: links.story(story), id: 'back-to-story' }, 'Story')] : null,
    ),
    el(
      'h1',
      { class: 'article-title' },
      article.title || `(untitled article from ${article.label})`,
    ),
    el(
      'p',
      { class: 'meta' },
      el('span', { class: 'outlet' }, article.label),
      ` · ${article.published || 'undated'}`,
      article.byline ? ` · ${article.byline}` : null,
      href
        ? [
            ' · ',
            el(
              'a',
              { href, rel: 'noopener noreferrer nofollow', target: '_blank' },
              new URL(href).hostname,
            ),
          ]
        : null,
    ),
    el(
      'p',
      { class: 'legend' },
      el('span', { class: 's cited' }, 'cited passage'),
      ' ',
      el('span', { class: 's shared' }, 'shared copy with another outlet'),
    ),
    citeNote,
    el('article', { class: 'article-text', id: 'article-text' }, paragraphs),
  );
  document.title = `${article.title || article.label} · Storyline`;
  const first = main.querySelector('.cited');
  if (first) first.scrollIntoView({ block: 'center' });
  return {};
}
