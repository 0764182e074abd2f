/**
 * Who is speaking in a fact that is a quotation. A corroborated fact is an outlet's sentence;
 * when that sentence is a quotation (“If he wants to work with us and roll his sleeves up, we’d
 * welcome that.”) or the second half of one split at a full stop (“But we’re willing to work
 * with Elon Musk …), it names nobody, and a reader of the facts list cannot tell whose words
 * they are. The story's quote ledger knows: the ledger quote (or one of its outlets' wordings)
 * that holds the fact's opening words gives the speaker.
 */
import type { Fact, Quote } from '../../types.js';
import { words } from '../../util/tokens.js';

/** Words of the fact's opening that must appear, in order, in a ledger quote. Default 6. */
export const FACT_QUOTE_PROBE_WORDS = 6;
/** A fact whose quotation is shorter than this many words is not matched. */
export const MIN_FACT_QUOTE_WORDS = 4;

const OPENS_WITH_QUOTE_RE = /^\s*[“‘"]/u;

/** The fact's words up to its closing quotation mark (the quotation it opens with). */
function quotedOpening(text: string): string[] {
  const body = text.replace(OPENS_WITH_QUOTE_RE, '');
  const close = body.search(/[”"]|’(?!\p{L})/u);
  return words(close >= 0 ? body.slice(0, close) : body);
}

const padded = (tokens: readonly string[]): string => ` ${tokens.join(' ')} `;

/**
 * The facts with `speaker` set where a fact opens with a quotation the ledger attributes.
 * Facts that do not open with a quotation, or that no attributed quote holds, are unchanged.
 *
 * @example
 * attributeFacts([{ text: '“So if he wants to work with us …”', … }], ledger)[0].speaker;
 * // → 'Wes Streeting'
 */
export function attributeFacts(facts: readonly Fact[], quotes: readonly Quote[]): Fact[] {
  const attributed = quotes
    .filter((quote) => quote.speaker !== null)
    .map((quote) => ({
      speaker: quote.speaker!,
      texts: [quote.text, ...(quote.variants ?? []).map((variant) => variant.text)].map((text) =>
        padded(words(text)),
      ),
    }));
  return facts.map((fact) => {
    if (!OPENS_WITH_QUOTE_RE.test(fact.text)) return fact;
    const opening = quotedOpening(fact.text);
    if (opening.length < MIN_FACT_QUOTE_WORDS) return fact;
    const probe = padded(opening.slice(0, FACT_QUOTE_PROBE_WORDS));
    // The longest quote holding the probe: the fullest wording of what was said.
    let best: { speaker: string; length: number } | null = null;
    for (const quote of attributed) {
      for (const text of quote.texts) {
        if (text.includes(probe) && (best === null || text.length > best.length)) {
          best = { speaker: quote.speaker, length: text.length };
        }
      }
    }
    return best ? { ...fact, speaker: best.speaker } : fact;
  });
}
