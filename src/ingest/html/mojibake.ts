/**
 * UTF-8 text that was read as Latin-1 somewhere upstream ("Investorâ\u0080\u0099s" for
 * "Investor’s"): some CMSs store titles this way, so the page bytes are valid and only the
 * text is wrong. Repaired only when the result is valid UTF-8, so real "â" stays.
 */

/** A UTF-8 lead byte read as Latin-1 followed by continuation bytes read as C1/Latin-1. */
const MOJIBAKE_RE = /[\u00c2-\u00f4][\u0080-\u00bf]/;

/** The text with its UTF-8-as-Latin-1 runs decoded; unchanged when there are none. */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE_RE.test(text)) return text;
  // Only a text made of Latin-1 code points can be such a misreading.
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return text;
    bytes[i] = code;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}
