/** TIMEX3-style temporal expressions: what the tagger finds before dates are chosen for a timeline. */
import type { Span } from '../../types.js';

/** TimeML TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex {
  text: string;
  /** Offsets into the tagged text. */
  span: Span;
  type: TimexType;
  /**
   * TimeML value: "2025-01-02", "2024-11", "2025-W01", "2024-Q4", "2025-01-03TMO", "P2Y",
   * "PRESENT_REF"; null when the expression is relative and there is no anchor date.
   */
  value: string | null;
  /** true when the value needed the anchor (document creation/publish date). */
  relative: boolean;
}
