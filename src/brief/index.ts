export { buildBrief, type BriefOptions } from './build-brief.js';
export { summarize, type SummaryOptions, DEFAULT_SUMMARY_SENTENCES } from './summarize.js';
export { renderBrief, parseFormat, BRIEF_FORMATS, type BriefFormat } from './render.js';
export { renderMarkdown } from './render-markdown.js';
export { renderHtml, escapeHtml } from './render-html.js';
export { articleLabel, articleRef } from './labels.js';
export { SummaryMemo, DEFAULT_MAX_MEMO_ENTRIES } from './summary-memo.js';
