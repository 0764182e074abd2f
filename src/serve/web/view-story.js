/* global document, URL */
// One story's brief, every section: summary with citation chips, quote ledger with each
// outlet's wording, a vertical timeline, the coverage matrix (outlets × facts/quotes),
// discrepancies and sources. Chips open the cited article with the passage highlighted.
import { api } from './api.js';
import { el, links, mount, safeHref, shorten } from './dom.js';

/** Facts and quotes in the coverage matrix (keep in sync with src/brief/brief-view.ts). */
const MATRIX_FACTS = 4;
const MATRIX_QUOTES = 4;

export async function renderStory(main, id) {
  const brief = await api.brief(id);
  const refs = brief.story.articles;
  const order = new Map(refs.map((ref, index) => [ref.id, index]));
  const labelOf = (articleId) => {
    const ref = refs.find((r) => r.id === articleId);
    return ref ? ref.label : articleId.slice(0, 8);
  };
  /** Chips for the articles carrying `text`, in story order. */
  const chips = (sources, text) =>
    el(
      'span',
      { class: 'chips' },
      [...sources]
        .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
        .map((source) =>
          el(
            'a',
            {
              class: 'chip',
              href: links.article(source, brief.story.id, text),
              title: `Open ${labelOf(source)} at the cited passage`,
            },
            labelOf(source),
          ),
        ),
    );
  const outlets = new Set(refs.map((ref) => ref.source || ref.id)).size;
  const dated = refs.filter((ref) => ref.published);
  const sections = [
    ['summary', 'Summary', summarySection(brief, chips)],
    ['quotes', 'Quote ledger', quoteSection(brief, chips)],
    ['timeline', 'Timeline', timelineSection(brief, chips)],
    ['coverage', 'Coverage', coverageSection(brief, refs, chips)],
    ['facts', 'Corroborated vs single-source', factSection(brief, chips)],
    ['discrepancies', 'Discrepancies', discrepancySection(brief, chips)],
    ['sources', 'Sources', sourceSection(refs, brief.story.id)],
  ];
  mount(
    main,
    el('nav', { class: 'crumbs' }, el('a', { href: links.list() }, 'Stories')),
    el('h1', { class: 'story-title' }, brief.story.title),
    el(
      'p',
      { class: 'meta' },
      `${refs.length} article${refs.length === 1 ? '' : 's'} · ${outlets} outlet${outlets === 1 ? '' : 's'} · `,
      dated.length > 0 ? `dated ${dated.length} of ${refs.length}` : 'undated',
      ' · brief as ',
      el(
        'a',
        { href: `/stories/${encodeURIComponent(brief.story.id)}/brief?format=md` },
        'Markdown',
      ),
      ', ',
      el('a', { href: `/stories/${encodeURIComponent(brief.story.id)}/brief?format=html` }, 'HTML'),
      ', ',
      el('a', { href: `/stories/${encodeURIComponent(brief.story.id)}/brief` }, 'JSON'),
    ),
    el(
      'nav',
      { class: 'sections' },
      sections.map(([anchor, title]) =>
        el(
          'a',
          {
            href: `#/story/${encodeURIComponent(brief.story.id)}`,
            'data-section': anchor,
            onclick: jumpTo(anchor),
          },
          title,
        ),
      ),
    ),
    sections.map(([anchor, title, body]) =>
      el('section', { id: anchor, class: 'brief-section' }, el('h2', {}, title), body),
    ),
  );
  document.title = `${brief.story.title} · Storyline`;
  return { storyId: brief.story.id };
}

/** Section links scroll without touching the hash (the hash is the route). */
function jumpTo(anchor) {
  return (event) => {
    event.preventDefault();
    const target = document.getElementById(anchor);
    if (target) target.scrollIntoView({ block: 'start' });
  };
}

const empty = (text) => el('p', { class: 'muted' }, text);

function summarySection(brief, chips) {
  if (brief.summary.length === 0) return empty('No summary: the story has too little text.');
  return el(
    'ol',
    { class: 'summary' },
    brief.summary.map((sentence) =>
      el('li', {}, sentence.text, ' ', chips(sentence.sources, sentence.text)),
    ),
  );
}

function quoteSection(brief, chips) {
  if (brief.quotes.length === 0) return empty('No attributed quotes found.');
  return el(
    'table',
    { class: 'ledger' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ['Speaker', 'Quote', 'Carried by', 'Wording by outlet'].map((h) => el('th', {}, h)),
      ),
    ),
    el(
      'tbody',
      {},
      brief.quotes.map((quote) => {
        const variants = quote.variants || [];
        const wording =
          variants.length > 1
            ? el(
                'ul',
                { class: 'variants' },
                variants.map((variant) =>
                  el(
                    'li',
                    {},
                    el('q', { class: 'variant' }, variant.text),
                    ' ',
                    chips(variant.sources, variant.text),
                  ),
                ),
              )
            : el('span', { class: 'muted' }, quote.sources.length > 1 ? 'identical' : '—');
        return el(
          'tr',
          {},
          el('td', { class: 'speaker' }, quote.speaker || 'unattributed'),
          el('td', {}, el('q', {}, quote.text)),
          el('td', {}, chips(quote.sources, quote.text)),
          el('td', {}, wording),
        );
      }),
    ),
  );
}

function timelineSection(brief, chips) {
  if (brief.timeline.length === 0) return empty('No dated events found.');
  const item = (entry) =>
    el(
      'li',
      { class: entry.resolved ? 'resolved' : 'unresolved' },
      el(
        'div',
        { class: 'when' },
        entry.resolved && entry.date
          ? // Briefs stored before `label` existed show the TimeML value itself.
            (entry.label ?? entry.date + (entry.until ? `–${entry.until}` : ''))
          : `“${entry.dateText}”`,
        entry.resolved ? null : el('span', { class: 'badge' }, 'date unresolved'),
      ),
      el(
        'div',
        { class: 'what' },
        entry.text,
        ' ',
        chips(entry.sources, entry.text),
        // One sentence with several dates is listed once, under its most precise date.
        entry.alsoDated?.length
          ? el('span', { class: 'also-dated' }, ` (also dated ${entry.alsoDated.join(', ')})`)
          : null,
      ),
      // The same event as other outlets word it, each citing its own passage.
      (entry.alsoReported ?? []).map((other) =>
        el('div', { class: 'also' }, 'also ', chips(other.sources, other.text), ' ', other.text),
      ),
    );
  // Dated events first; relative dates no publish date anchors fold into a closed section
  // (issue #6; keep in sync with src/brief/timeline-view.ts).
  const shown = brief.timeline.filter((entry) => entry.alsoUnder === undefined);
  const anchored = shown.filter((entry) => entry.resolved && entry.date);
  const unanchored = shown.filter((entry) => !(entry.resolved && entry.date));
  const count = unanchored.length;
  return [
    anchored.length > 0 ? el('ol', { class: 'timeline' }, anchored.map(item)) : null,
    count > 0
      ? el(
          'details',
          { class: 'unanchored' },
          el(
            'summary',
            {},
            `${count} ${count === 1 ? 'mention' : 'mentions'} with a relative date we could not anchor (no publish date)`,
          ),
          el('ol', { class: 'timeline' }, unanchored.map(item)),
        )
      : null,
  ];
}

function coverageSection(brief, refs, chips) {
  const rows = [
    ...brief.facts.slice(0, MATRIX_FACTS).map((fact) => ({
      kind: 'fact',
      text: factText(fact),
      cite: fact.text,
      sources: fact.sources,
    })),
    ...brief.quotes.slice(0, MATRIX_QUOTES).map((quote) => ({
      kind: 'quote',
      text: `${quote.speaker || 'unattributed'}: “${quote.text}”`,
      cite: quote.text,
      sources: quote.sources,
    })),
  ];
  const byArticle = new Map(brief.coverage.map((row) => [row.articleId, row]));
  const cell = (ref, render) => el('td', {}, render(byArticle.get(ref.id)));
  const line = (name, render, kind) =>
    el(
      'tr',
      { class: kind || null },
      el('th', { scope: 'row' }, name),
      refs.map((ref) => cell(ref, render)),
    );
  return el(
    'div',
    { class: 'scroll' },
    el(
      'table',
      { class: 'matrix' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', {}, ''),
          refs.map((ref) => el('th', { scope: 'col' }, ref.label)),
        ),
      ),
      el(
        'tbody',
        {},
        line('published', (row) => (row && row.published) || '–'),
        line('words (clean)', (row) => (row ? String(row.words) : '–')),
        line('quotes', (row) => (row ? String(row.quotes) : '–')),
        rows.map((row) =>
          el(
            'tr',
            { class: `row-${row.kind}` },
            el(
              'th',
              { scope: 'row', title: row.text },
              el('span', { class: 'kind' }, row.kind),
              ' ',
              shorten(row.text, 90),
            ),
            refs.map((ref) =>
              row.sources.includes(ref.id)
                ? el(
                    'td',
                    { class: 'on' },
                    el(
                      'a',
                      {
                        href: links.article(ref.id, brief.story.id, row.cite),
                        title: `${ref.label} carries this`,
                      },
                      '✓',
                    ),
                  )
                : el('td', { class: 'off' }, '–'),
            ),
          ),
        ),
        line(
          'only here',
          (row) => (row && row.exclusive[0] ? shorten(row.exclusive[0], 120) : '–'),
          'exclusive',
        ),
        line('shared copy', (row) =>
          row && (row.sharesCopyWith || row.reusedFrom).length > 0
            ? ['with ', chips(row.sharesCopyWith || row.reusedFrom, '')]
            : '—',
        ),
      ),
    ),
  );
}

/** Facts shown and single-source claims per article (keep in sync with src/brief/brief-view.ts). */
const FACT_ROWS = 12;
const SINGLE_SOURCE_CLAIMS = 2;

/** "Wes Streeting: “…”" for a bare quotation (analyse/facts/fact-speakers.ts; brief-view.ts factText). */
function factText(fact) {
  return fact.speaker ? `${fact.speaker}: ${fact.text}` : fact.text;
}

function factSection(brief, chips) {
  const facts = brief.facts.slice(0, FACT_ROWS);
  const single = brief.coverage.flatMap((row) =>
    row.exclusive.slice(0, SINGLE_SOURCE_CLAIMS).map((text) => ({ id: row.articleId, text })),
  );
  if (facts.length === 0 && single.length === 0)
    return empty('No statement is carried by two outlets, and none by one alone.');
  return [
    el('h3', {}, 'Corroborated'),
    facts.length === 0
      ? empty('No statement is carried by two independent outlets.')
      : el(
          'ul',
          { class: 'facts' },
          facts.map((fact) =>
            el(
              'li',
              {},
              factText(fact),
              ' ',
              chips(fact.sources, fact.text),
              el('span', { class: 'muted' }, ` (${fact.independentSources} independent)`),
            ),
          ),
        ),
    el('h3', {}, 'Single source'),
    single.length === 0
      ? empty('Every statement is carried by more than one article.')
      : el(
          'ul',
          { class: 'facts single' },
          single.map((claim) => el('li', {}, claim.text, ' ', chips([claim.id], claim.text))),
        ),
  ];
}

function discrepancySection(brief, chips) {
  if (brief.discrepancies.length === 0)
    return empty('The outlets agree on names, numbers, places and dates.');
  return el(
    'ul',
    { class: 'discrepancies' },
    brief.discrepancies.map((discrepancy) =>
      el(
        'li',
        { class: 'discrepancy' },
        el(
          'div',
          { class: 'about' },
          el('span', { class: 'badge' }, discrepancy.kind),
          ' ',
          discrepancy.about,
        ),
        el(
          'div',
          { class: 'sides' },
          discrepancy.variants.map((variant, index) => [
            index > 0 ? el('span', { class: 'vs' }, 'vs') : null,
            el(
              'div',
              { class: 'side' },
              el(
                'a',
                {
                  class: 'variant-link',
                  href: links.article(
                    variant.sources[0] || '',
                    brief.story.id,
                    variant.context || variant.text,
                  ),
                  title: variant.context,
                },
                `“${variant.text}”`,
              ),
              ' ',
              chips(variant.sources, variant.text),
              variant.context
                ? el('div', { class: 'context' }, shorten(variant.context, 220))
                : null,
            ),
          ]),
        ),
      ),
    ),
  );
}

function sourceSection(refs, storyId) {
  return el(
    'ul',
    { class: 'sources' },
    refs.map((ref) => {
      const href = safeHref(ref.url);
      return el(
        'li',
        {},
        el('a', { class: 'chip', href: links.article(ref.id, storyId, '') }, ref.label),
        ' ',
        el('span', { class: 'source-title' }, ref.title || '(untitled)'),
        el(
          'span',
          { class: 'muted' },
          ` · ${ref.source || 'outlet unknown'} · ${ref.published || 'undated'}`,
        ),
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
      );
    }),
  );
}
