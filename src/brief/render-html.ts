/**
 * Brief → one standalone HTML file: inline CSS, no scripts, no external requests, and a
 * Content-Security-Policy that forbids them. Every string from articles is escaped.
 */
import type { Brief } from '../types.js';
import { briefView, factText } from './brief-view.js';
import { formatTimelineDate } from './format-date.js';
import { DEFAULT_LEDGER_ROWS } from './render-markdown.js';
import { unanchoredLead } from './timeline-view.js';

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

const CSS = `
body{font:16px/1.5 system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ddd}
.meta{color:#555}.chip{display:inline-block;font-size:.75rem;padding:0 .4rem;margin-left:.2rem;border-radius:.6rem;
background:#e8eefc;color:#1d3f9a;text-decoration:none}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top}
td.on{background:#dff3e3;text-align:center}td.off{color:#aaa;text-align:center}
.timeline{list-style:none;padding-left:0;border-left:3px solid #1d3f9a}.timeline li{margin:.5rem 0 .5rem 1rem}
.timeline .date{font-weight:600;margin-right:.5rem}.unresolved{color:#8a5a00}
.timeline .also{margin:.2rem 0 0 1rem;color:#444;font-size:.92em}
.unanchored summary{cursor:pointer;color:#8a5a00;margin:.5rem 0}
.variant{display:inline-block;margin:.2rem 0;padding:.1rem .4rem;background:#fff3d6;border-radius:.3rem}
h3{font-size:1rem;margin:1rem 0 .3rem}.muted,.also-dated{color:#666}.facts.single li{color:#333}
`;

export function renderHtml(brief: Brief): string {
  const view = briefView(brief);
  const chips = (sources: readonly string[]): string =>
    view
      .cite(sources)
      .map((label) => `<a class="chip" href="#src-${escapeHtml(label)}">${escapeHtml(label)}</a>`)
      .join('');
  const articles = brief.story.articles;
  const parts: string[] = [];
  parts.push(`<h1>${escapeHtml(brief.story.title)}</h1>`);
  parts.push(
    `<p class="meta">${articles.length} articles · ${view.outlets} outlets · ${escapeHtml(view.dateline)}</p>`,
  );
  parts.push('<h2>Summary</h2><ol>');
  for (const sentence of brief.summary)
    parts.push(`<li>${escapeHtml(sentence.text)} ${chips(sentence.sources)}</li>`);
  parts.push('</ol>');
  if (brief.quotes.length > 0) {
    parts.push(
      '<h2>Quote ledger</h2><table><tr><th>Speaker</th><th>Quote</th><th>Carried by</th><th>Wording</th></tr>',
    );
    brief.quotes.forEach((quote, index) => {
      // Past the first rows, quotes fold into a closed section: the table stays scannable.
      if (index === DEFAULT_LEDGER_ROWS) {
        parts.push(
          `</table><details><summary>${brief.quotes.length - index} more quotes</summary><table>`,
        );
      }
      const variants = quote.variants ?? [];
      const wording =
        variants.length > 1
          ? variants
              .map(
                (v) => `<span class="variant">“${escapeHtml(v.text)}”</span> ${chips(v.sources)}`,
              )
              .join('<br>')
          : quote.sources.length > 1
            ? 'identical'
            : '—';
      parts.push(
        `<tr><td>${escapeHtml(quote.speaker ?? 'unattributed')}</td><td>“${escapeHtml(quote.text)}”</td><td>${chips(quote.sources)}</td><td>${wording}</td></tr>`,
      );
    });
    parts.push(brief.quotes.length > DEFAULT_LEDGER_ROWS ? '</table></details>' : '</table>');
  }
  // What several outlets report beside what only one does (issue #6).
  if (view.facts.length > 0 || view.singleSource.length > 0) {
    parts.push('<h2>Corroborated facts vs single-source claims</h2>');
    if (view.facts.length > 0) {
      parts.push('<h3>Corroborated</h3><ul class="facts">');
      for (const fact of view.facts)
        parts.push(
          `<li>${escapeHtml(factText(fact))} ${chips(fact.sources)} <span class="muted">(${fact.independentSources} independent)</span></li>`,
        );
      parts.push('</ul>');
    }
    if (view.singleSource.length > 0) {
      parts.push('<h3>Single source</h3><ul class="facts single">');
      for (const claim of view.singleSource)
        parts.push(`<li>${escapeHtml(claim.text)} ${chips([claim.articleId])}</li>`);
      parts.push('</ul>');
    }
  }
  if (brief.discrepancies.length > 0) {
    parts.push('<h2>Discrepancies</h2><ul>');
    for (const discrepancy of brief.discrepancies) {
      const sides = discrepancy.variants
        .map((v) => `<span class="variant">“${escapeHtml(v.text)}”</span> ${chips(v.sources)}`)
        .join(' vs ');
      parts.push(`<li>${escapeHtml(discrepancy.about)}: ${sides}</li>`);
    }
    parts.push('</ul>');
  }
  if (brief.timeline.length > 0) {
    const item = (entry: Brief['timeline'][number]): string => {
      const date =
        entry.resolved && entry.date
          ? `<span class="date">${escapeHtml(formatTimelineDate(entry.date, entry.until))}</span>`
          : `<span class="date unresolved">“${escapeHtml(entry.dateText)}” (unresolved)</span>`;
      const also = (entry.alsoReported ?? [])
        .map(
          (other) =>
            `<div class="also">also ${chips(other.sources)} ${escapeHtml(other.text)}</div>`,
        )
        .join('');
      const alsoDated = entry.alsoDated?.length
        ? ` <span class="also-dated">(also dated ${escapeHtml(entry.alsoDated.join(', '))})</span>`
        : '';
      return `<li>${date}${escapeHtml(entry.text)} ${chips(entry.sources)}${alsoDated}${also}</li>`;
    };
    const { anchored, unanchored } = view.timeline;
    parts.push('<h2>Timeline</h2>');
    if (anchored.length > 0)
      parts.push(`<ul class="timeline">${anchored.map(item).join('\n')}</ul>`);
    // Relative dates no publish date anchors fold into a closed section (issue #6).
    if (unanchored.length > 0)
      parts.push(
        `<details class="unanchored"><summary>${escapeHtml(unanchoredLead(unanchored.length))}</summary><ul class="timeline">${unanchored.map(item).join('\n')}</ul></details>`,
      );
  }
  parts.push('<h2>Coverage</h2><table><tr><th></th>');
  parts.push(
    articles
      .map((ref) => `<th id="col-${escapeHtml(ref.label)}">${escapeHtml(ref.label)}</th>`)
      .join(''),
  );
  parts.push('</tr>');
  const row = (name: string, cells: string[]): void => {
    parts.push(`<tr><th>${escapeHtml(name)}</th>${cells.join('')}</tr>`);
  };
  row(
    'published',
    articles.map((ref) => `<td>${escapeHtml(ref.published ?? '–')}</td>`),
  );
  row(
    'words (clean)',
    brief.coverage.map((c) => `<td>${c.words}</td>`),
  );
  row(
    'quotes',
    brief.coverage.map((c) => `<td>${c.quotes}</td>`),
  );
  for (const matrixRow of view.matrix) {
    row(
      matrixRow.text,
      matrixRow.cells.map((on) => (on ? '<td class="on">✓</td>' : '<td class="off">–</td>')),
    );
  }
  row(
    'only here',
    brief.coverage.map((c) => `<td>${escapeHtml(c.exclusive[0] ?? '–')}</td>`),
  );
  row(
    'shared copy',
    brief.coverage.map(
      (c) =>
        `<td>${(c.sharesCopyWith ?? c.reusedFrom).length > 0 ? `with ${chips(c.sharesCopyWith ?? c.reusedFrom)}` : '—'}</td>`,
    ),
  );
  parts.push('</table>');
  parts.push('<h2>Sources</h2><ul>');
  for (const ref of articles) {
    const where = [ref.source, ref.url ?? ref.file]
      .filter(Boolean)
      .map((s) => escapeHtml(String(s)))
      .join(' · ');
    parts.push(
      `<li id="src-${escapeHtml(ref.label)}"><b>${escapeHtml(ref.label)}</b>: ${where}${ref.published ? `, ${escapeHtml(ref.published)}` : ', undated'}</li>`,
    );
  }
  parts.push('</ul>');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(brief.story.title)}</title><style>${CSS}</style></head>
<body>${parts.join('\n')}</body></html>
`;
}
