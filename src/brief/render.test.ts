import { describe, expect, it } from 'vitest';
import { BRIEF_SCHEMA, type Brief } from '../types.js';
import { renderBrief } from './render.js';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function brief(): Brief {
  return {
    schema: BRIEF_SCHEMA,
    generated: new Date(0).toISOString(),
    story: {
      id: 'st_1',
      title: `Title ${HOSTILE}`,
      articles: [
        {
          id: 'a',
          file: 'a.txt',
          url: null,
          source: `Outlet ${HOSTILE}`,
          title: null,
          published: null,
          label: 'A|B',
        },
      ],
    },
    summary: [{ text: `Summary ${HOSTILE}`, sources: ['a'] }],
    quotes: Array.from({ length: 20 }, (_, index) => ({
      speaker: `S${index}`,
      text: `q${index} ${HOSTILE}`,
      sources: ['a'],
    })),
    entities: [],
    timeline: [
      {
        date: '201',
        dateText: 'a decade ago',
        resolved: true,
        text: 'Then.',
        sources: ['a'],
        alsoReported: [{ text: `Also then ${HOSTILE}`, sources: ['a'] }],
      },
      { date: null, dateText: 'Friday', resolved: false, text: 'Said it.', sources: ['a'] },
      { date: null, dateText: `Sunday ${HOSTILE}`, resolved: false, text: 'X.', sources: ['a'] },
      { date: null, dateText: 'friday', resolved: false, text: 'Again.', sources: ['a'] },
    ],
    facts: [
      {
        text: `“We said ${HOSTILE}”`,
        speaker: `Speaker ${HOSTILE}`,
        sources: ['a'],
        independentSources: 2,
      },
    ],
    discrepancies: [],
    reuse: [],
    coverage: [
      {
        articleId: 'a',
        label: 'A|B',
        source: null,
        published: null,
        words: 3,
        quotes: 1,
        exclusive: [`Only here ${HOSTILE}`],
        reusedFrom: [],
      },
    ],
    duplicates: [],
  };
}

describe('renderers', () => {
  it('HTML escapes every article string, forbids scripts by CSP and folds a long ledger', () => {
    const html = renderBrief(brief(), 'html');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<details><summary>5 more quotes</summary>');
    expect(html).toContain('2010s');
    // Dated entries stay open; the three unanchored ones fold, closed, after them (issue #6).
    const folded = html.indexOf(
      '<details class="unanchored"><summary>3 mentions with a relative date we could not anchor',
    );
    expect(folded).toBeGreaterThan(html.indexOf('2010s'));
    expect(html.slice(folded)).toContain('“Friday” (unresolved)</span>Said it.');
    expect(html.slice(0, folded)).not.toContain('(unresolved)');
    expect(html).toContain(
      '<div class="also">also <a class="chip" href="#src-A|B">A|B</a> Also then &lt;script&gt;',
    );
    // Corroborated facts beside single-source claims, the speaker named, both escaped.
    const facts = html.slice(html.indexOf('<h2>Corroborated facts vs single-source claims</h2>'));
    expect(facts).toContain('<li>Speaker &lt;script&gt;');
    expect(facts).toContain(': “We said &lt;script&gt;');
    expect(facts).toMatch(
      /<h3>Single source<\/h3><ul class="facts single">\s*<li>Only here &lt;script&gt;/,
    );
  });

  it('Markdown escapes HTML and table separators', () => {
    const markdown = renderBrief(brief(), 'md');
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('A\\|B');
    expect(markdown).toContain('(5 more quotes in the JSON brief)');
    expect(markdown).toMatch(/\n {2}- also \[A\|B\]: Also then &lt;script&gt;/);
    // One line for the unanchored mentions, grouped by expression; no entry of its own.
    expect(markdown).toContain(
      '\n\n3 mentions with a relative date we could not anchor (no publish date): “Friday” [A|B] ×2; “Sunday &lt;script&gt;',
    );
    expect(markdown).not.toContain('Said it.');
    expect(markdown).toMatch(
      /\*\*Corroborated facts\*\*\n- Speaker &lt;script&gt;.*: “We said &lt;script&gt;/,
    );
    expect(markdown).toMatch(/\*\*Single-source claims\*\*\n- Only here &lt;script&gt;.* \[A\|B\]/);
    expect(markdown).not.toContain('unresolved');
  });

  it('JSON round-trips the brief', () => {
    expect(JSON.parse(renderBrief(brief(), 'json'))).toEqual(brief());
  });
});
