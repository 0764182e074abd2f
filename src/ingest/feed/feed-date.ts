/**
 * Feed dates → ISO 8601. RSS uses RFC 822 ("Mon, 06 Jan 2025 10:00:00 GMT"), Atom RFC 3339;
 * feeds in the wild also carry anything else, which the page date parser reads at day precision.
 */
import { parseDate } from '../html/parse-date.js';

const RFC822_RE = /^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3,9}\s+\d{2,4}\s+\d{1,2}:\d{2}/;

/** @example feedDate('Mon, 06 Jan 2025 10:00:00 GMT') // '2025-01-06T10:00:00Z' */
export function feedDate(text: string): string | null {
  const trimmed = text.trim();
  if (RFC822_RE.test(trimmed)) {
    const ms = Date.parse(trimmed);
    if (Number.isFinite(ms)) {
      const iso = new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
      // Same sanity window as page dates: parseDate rejects implausible years.
      if (parseDate(iso.slice(0, 10)) !== null) return iso;
    }
  }
  return parseDate(trimmed);
}
