/**
 * Hostile articles: every field a page shows carries markup that would run if it were ever
 * parsed as HTML or followed as a link. The canary is `window.__pwned` (or a dialog).
 * Three outlets share the copy so the corpus forms one story with a summary, quotes and chips.
 */
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '<svg onload="window.__pwned=3"><circle r=5 /></svg>',
  '<a href="javascript:window.__pwned=4">click me</a>',
  '"><iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>',
  "'><body onload=alert(6)>",
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(7)>',
];

const paragraph = (outlet: string): string =>
  [
    `The city council voted on Tuesday to approve the new harbour plan ${PAYLOADS[0]} after a long debate about costs.`,
    `“We will build it ${PAYLOADS[1]} on time and on budget,” said Mayor Jane Holloway ${PAYLOADS[2]} after the vote.`,
    `Opponents said the plan ${PAYLOADS[3]} would cost 40 million pounds, more than the council admitted.`,
    `The harbour plan ${PAYLOADS[4]} includes a new ferry terminal and 300 homes near the old docks.`,
    `Residents ${PAYLOADS[5]} will be consulted again in March, the council said in a statement.`,
    `${outlet} reported that construction ${PAYLOADS[6]} could start next year.`,
  ].join('\n\n');

export const XSS_ARTICLES = ['A', 'B', 'C'].map((letter, index) => ({
  title: `<script>window.__pwned=10</script>Harbour plan approved <img src=x onerror=alert(11)> (${letter})`,
  source: `<b onmouseover=alert(12)>Outlet ${letter}</b>`,
  url:
    index === 0
      ? 'javascript:alert(13)'
      : index === 1
        ? 'data:text/html,<script>alert(14)</script>'
        : 'https://example.com/"><script>alert(15)</script>',
  published: `2025-02-0${index + 1}`,
  byline: '<svg/onload=alert(16)>',
  text: paragraph(`Outlet ${letter}`),
}));
