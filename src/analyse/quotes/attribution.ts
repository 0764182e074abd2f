/** One attribution found for a quotation or a reported clause, before its speaker is resolved. */
import type { Span } from '../../types.js';

export interface Attribution {
  speakerSpan: Span | null;
  cueSpan: Span | null;
  /** Canonical speaker, when already known (a continued quote); else resolved from the span. */
  speaker: string | null;
}
