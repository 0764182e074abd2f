/** Analyse stage, quotes: attributed quotes per article and the story's quote ledger. */
export { extractQuotes, DEFAULT_MIN_UNATTRIBUTED_WORDS } from './extract-quotes.js';
export type { QuoteDetail, QuoteOptions } from './extract-quotes.js';
export { buildQuoteLedger, DEFAULT_CONTAINMENT } from './ledger.js';
export type { LedgerOptions } from './ledger.js';
export { wordDiff } from './word-diff.js';
export type { DiffOp } from './word-diff.js';
export { findQuoteSegments } from './quote-segments.js';
export type { QuoteSegment } from './quote-segments.js';
export { Descriptions, MAX_DESCRIPTION_WORDS, OWNER_HEADS } from './descriptions.js';
