/** TimeML values as a reader expects them: "201" → "2010s", "2024-SU" → "summer 2024". */
const SEASONS: Record<string, string> = {
  SP: 'spring',
  SU: 'summer',
  FA: 'autumn',
  AU: 'autumn',
  WI: 'winter',
};

/** 1 → "1st", 12 → "12th", 21 → "21st". */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export function formatTimexValue(value: string): string {
  if (/^\d{3}$/.test(value)) return `${value}0s`;
  // TimeML "19" is the 1900s, the 20th century.
  if (/^\d{2}$/.test(value)) return `${ordinal(Number(value) + 1)} century`;
  const season = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value);
  if (season) return `${SEASONS[season[2] as string]} ${season[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  const half = /^(\d{4})-H([12])$/.exec(value);
  if (half) return `${half[2] === '1' ? 'first' : 'second'} half of ${half[1]}`;
  const weekend = /^(\d{4})-W(\d{1,2})-WE$/.exec(value);
  if (weekend) return `weekend of week ${Number(weekend[2])}, ${weekend[1]}`;
  const week = /^(\d{4})-W(\d{1,2})$/.exec(value);
  if (week) return `week ${Number(week[2])} of ${week[1]}`;
  return value;
}

/** A timeline date, or a range when the entry has an end: "2011–2014". */
export function formatTimelineDate(date: string, until?: string): string {
  return until ? `${formatTimexValue(date)}–${formatTimexValue(until)}` : formatTimexValue(date);
}
