/**
 * Date strings as pages write them → ISO 8601, never invented: a string we cannot read with
 * certainty gives null. Keeps the page's own wall-clock day (no conversion to UTC), because a
 * story published at 23:30 in New York happened on that New York day.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  janvier: 1,
  januar: 1,
  enero: 1,
  gennaio: 1,
  janeiro: 1,
  feb: 2,
  february: 2,
  février: 2,
  fevrier: 2,
  februar: 2,
  febrero: 2,
  febbraio: 2,
  fevereiro: 2,
  mar: 3,
  march: 3,
  mars: 3,
  märz: 3,
  marz: 3,
  marzo: 3,
  março: 3,
  marco: 3,
  apr: 4,
  april: 4,
  avril: 4,
  abril: 4,
  aprile: 4,
  may: 5,
  mai: 5,
  mayo: 5,
  maggio: 5,
  maio: 5,
  jun: 6,
  june: 6,
  juin: 6,
  juni: 6,
  junio: 6,
  giugno: 6,
  junho: 6,
  jul: 7,
  july: 7,
  juillet: 7,
  juli: 7,
  julio: 7,
  luglio: 7,
  julho: 7,
  aug: 8,
  august: 8,
  août: 8,
  aout: 8,
  agosto: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septembre: 9,
  septiembre: 9,
  settembre: 9,
  setembro: 9,
  oct: 10,
  october: 10,
  octobre: 10,
  oktober: 10,
  octubre: 10,
  ottobre: 10,
  outubro: 10,
  nov: 11,
  november: 11,
  novembre: 11,
  noviembre: 11,
  novembro: 11,
  dec: 12,
  december: 12,
  décembre: 12,
  decembre: 12,
  dezember: 12,
  diciembre: 12,
  dicembre: 12,
  dezembro: 12,
};

/** Years outside this window are typos or placeholders ("0001-01-01", "2099-12-31"). */
export const MIN_YEAR = 1990;
export const MAX_YEAR_AHEAD = 1;

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number, now: Date): boolean {
  if (year < MIN_YEAR || year > now.getUTCFullYear() + MAX_YEAR_AHEAD) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const ISO_RE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DAY_MONTH_NAME_RE =
  /\b(\d{1,2})(?:st|nd|rd|th|er|\.|º)?(?:\s+de)?\s+([\p{L}]{3,10})\.?(?:\s+de)?,?\s+(\d{4})\b/u;
const MONTH_NAME_DAY_RE = /\b([\p{L}]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u;
const NUMERIC_RE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;
/** Year first, month by name: the Highwire `citation_publication_date` form ("2023 Jan 7"). */
const YEAR_MONTH_NAME_DAY_RE = /^(\d{4})\s+([\p{L}]{3,10})\.?\s+(\d{1,2})(?!\d)/u;

/**
 * Parse one date string.
 * @param monthFirst read an ambiguous `04/05/2020` as April 5 (US) rather than 4 May.
 * @example parseDate('Tue, Nov 19, 2019 10:48') // '2019-11-19'
 */
export function parseDate(
  input: string,
  options: { monthFirst?: boolean; now?: Date } = {},
): string | null {
  const now = options.now ?? new Date();
  const text = input.trim();
  if (text === '') return null;
  let match = ISO_RE.exec(text) ?? COMPACT_RE.exec(text);
  if (match) {
    const [, y, m, d, hh, mm, ss, zone] = match;
    const year = Number(y),
      month = Number(m),
      day = Number(d);
    if (!validDay(year, month, day, now)) return null;
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (hh === undefined || mm === undefined) return date;
    const offset = zone
      ? zone.toUpperCase() === 'Z'
        ? 'Z'
        : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
      : '';
    return `${date}T${pad(Number(hh))}:${mm}:${ss ?? '00'}${offset}`;
  }
  if (/^\d{10}(\d{3})?$/.test(text)) {
    // Unix seconds or milliseconds: the only case where the day is necessarily UTC.
    const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
    const date = new Date(ms);
    return validDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), now)
      ? date.toISOString()
      : null;
  }
  match = DAY_MONTH_NAME_RE.exec(text);
  if (match && MONTHS[match[2]!.toLowerCase()]) {
    const year = Number(match[3]),
      month = MONTHS[match[2]!.toLowerCase()]!,
      day = Number(match[1]);
    if (validDay(year, month, day, now)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  match = MONTH_NAME_DAY_RE.exec(text);
  if (match && MONTHS[match[1]!.toLowerCase()]) {
    const year = Number(match[3]),
      month = MONTHS[match[1]!.toLowerCase()]!,
      day = Number(match[2]);
    if (validDay(year, month, day, now)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  match = YEAR_MONTH_NAME_DAY_RE.exec(text);
  if (match && MONTHS[match[2]!.toLowerCase()]) {
    const year = Number(match[1]),
      month = MONTHS[match[2]!.toLowerCase()]!,
      day = Number(match[3]);
    if (validDay(year, month, day, now)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  match = NUMERIC_RE.exec(text);
  if (match) {
    const a = Number(match[1]),
      b = Number(match[2]),
      year = Number(match[3]);
    // Unambiguous when one side exceeds 12; otherwise follow the caller's convention.
    const monthFirst = a > 12 ? false : b > 12 ? true : (options.monthFirst ?? false);
    const month = monthFirst ? a : b,
      day = monthFirst ? b : a;
    if (validDay(year, month, day, now)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  return null;
}

/** Dates in URLs: /2019/11/19/, /2019-11-19-, /20191119/, /2023/october/03/. Day precision only. */
export function dateFromUrl(url: string): string | null {
  const match =
    /[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url);
  if (match) return parseDate(`${match[1]}-${match[2]}-${match[3]}`);
  const named = /\/((?:19|20)\d{2})\/(\p{L}{3,10})\/(\d{1,2})(?:\/|$)/u.exec(url);
  const month = named ? MONTHS[named[2]!.toLowerCase()] : undefined;
  return named && month ? parseDate(`${named[1]}-${month}-${named[3]}`) : null;
}
