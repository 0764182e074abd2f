/** Brief → Markdown. Article text is hostile: HTML-significant characters are escaped. */
import type { Brief } from '../types.js';
import { briefView, factText } from './brief-view.js';
import { formatTimelineDate } from './format-date.js';
import { unanchoredLead } from './timeline-view.js';

/** Quote ledger rows shown in Markdown (the JSON keeps all). Default 15. */
export const DEFAULT_LEDGER_ROWS = 15;

function escapeMd(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] as string);
}
function cell(text: string): string {
  return escapeMd(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

export function renderMarkdown(brief: Brief): string {
  const view = briefView(brief);
  const refs = (sources: readonly string[]): string => `[${view.cite(sources).join(' ')}]`;
  const out: string[] = [];
  const articles = brief.story.articles;
  out.push(`## ${escapeMd(brief.story.title)}`);
  out.push(`${articles.length} articles · ${view.outlets} outlets · ${view.dateline}`, '');
  out.push('**Summary**');
  brief.summary.forEach((sentence, index) =>
    out.push(`${index + 1}. ${escapeMd(sentence.text)} ${refs(sentence.sources)}`),
  );
  if (brief.quotes.length > 0) {
    out.push(
      '',
      '**Quote ledger**',
      '',
      '| speaker | quote | carried by | wording |',
      '|---|---|---|---|',
    );
    const shown = brief.quotes.slice(0, DEFAULT_LEDGER_ROWS);
    for (const quote of shown) {
      const variants = quote.variants ?? [];
      const wording =
        variants.length <= 1
          ? quote.sources.length > 1
            ? 'identical'
            : '—'
          : variants.map((v) => `${refs(v.sources)} “${v.text}”`).join('; ');
      out.push(
        `| ${cell(quote.speaker ?? 'unattributed')} | “${cell(quote.text)}” | ${view.cite(quote.sources).join(' ')} | ${cell(wording)} |`,
      );
    }
    if (brief.quotes.length > shown.length) {
      out.push('', `(${brief.quotes.length - shown.length} more quotes in the JSON brief)`);
    }
  }
  if (brief.discrepancies.length > 0) {
    out.push('', '**Discrepancies**');
    for (const discrepancy of brief.discrepancies) {
      const sides = discrepancy.variants
        .map((v) => `“${escapeMd(v.text)}” ${refs(v.sources)}`)
        .join(' vs ');
      out.push(`- ${escapeMd(discrepancy.about)}: ${sides}`);
    }
  }
  if (brief.timeline.length > 0) {
    out.push('', '**Timeline**');
    for (const entry of view.timeline.anchored) {
      const when = formatTimelineDate(entry.date ?? '', entry.until);
      const alsoDated = entry.alsoDated?.length
        ? ` (also dated ${escapeMd(entry.alsoDated.join(', '))})`
        : '';
      out.push(`- ${escapeMd(when)} — ${escapeMd(entry.text)} ${refs(entry.sources)}${alsoDated}`);
      for (const other of entry.alsoReported ?? [])
        out.push(`  - also ${refs(other.sources)}: ${escapeMd(other.text)}`);
    }
    // Unanchored mentions fold into one line, as the ledger folds its tail (issue #6).
    if (view.timeline.unanchored.length > 0) {
      const mentions = view.timeline.relative
        .map(
          (m) =>
            `“${escapeMd(m.dateText)}” ${refs(m.sources)}${m.entries > 1 ? ` ×${m.entries}` : ''}`,
        )
        .join('; ');
      if (view.timeline.anchored.length > 0) out.push('');
      out.push(
        `${unanchoredLead(view.timeline.unanchored.length)}: ${mentions} (full entries in the JSON brief)`,
      );
    }
  }
  if (view.facts.length > 0) {
    out.push('', '**Corroborated facts**');
    for (const fact of view.facts) {
      out.push(
        `- ${escapeMd(factText(fact))} ${refs(fact.sources)} (${fact.independentSources} independent)`,
      );
    }
  }
  // What only one outlet reports, beside what several do (issue #6).
  if (view.singleSource.length > 0) {
    out.push('', '**Single-source claims**');
    for (const claim of view.singleSource)
      out.push(`- ${escapeMd(claim.text)} ${refs([claim.articleId])}`);
  }
  out.push('', '**Coverage**', '');
  out.push(`| | ${articles.map((ref) => cell(ref.label)).join(' | ')} |`);
  out.push(`|---|${articles.map(() => '---').join('|')}|`);
  const row = (name: string, values: string[]): void => {
    out.push(`| ${cell(name)} | ${values.map(cell).join(' | ')} |`);
  };
  row(
    'published',
    articles.map((ref) => ref.published ?? '–'),
  );
  row(
    'words (clean)',
    brief.coverage.map((c) => String(c.words)),
  );
  row(
    'quotes',
    brief.coverage.map((c) => String(c.quotes)),
  );
  for (const matrixRow of view.matrix)
    row(
      matrixRow.text,
      matrixRow.cells.map((on) => (on ? '✓' : '–')),
    );
  row(
    'only here',
    brief.coverage.map((c) => c.exclusive[0] ?? '–'),
  );
  row(
    'shared copy',
    brief.coverage.map((c) =>
      (c.sharesCopyWith ?? c.reusedFrom).length > 0
        ? `with ${view.cite(c.sharesCopyWith ?? c.reusedFrom).join(' ')}`
        : '—',
    ),
  );
  if (brief.entities.length > 0) {
    out.push('', '**Who is who**');
    for (const entity of brief.entities.slice(0, 15)) {
      const aliases =
        entity.aliases.length > 0 ? `: also ${entity.aliases.map(escapeMd).join(', ')}` : '';
      out.push(`- ${escapeMd(entity.name)} (${entity.type})${aliases}`);
    }
  }
  out.push('', '**Sources**');
  for (const ref of articles) {
    const where = [ref.source, ref.url ?? ref.file]
      .filter(Boolean)
      .map((s) => escapeMd(String(s)))
      .join(' · ');
    out.push(
      `- ${escapeMd(ref.label)}: ${where}${ref.published ? `, ${ref.published}` : ', undated'}`,
    );
  }
  return `${out.join('\n')}\n`;
}
