/** TimeML values as a reader expects them: "201" → "2010s", "2024-SU" → "summer 2024". */
const SEASONS: Record<string, string> = {
  SP: 'spring',
  SU: 'summer',
  FA: 'autumn',
  AU: 'autumn',
  WI: 'winter',
};

export function formatTimexValue(value: string): string {
  if (/^\d{3}$/.test(value)) return `${value}0s`;
  if (/^\d{2}$/.test(value)) return `${Number(value) + 1}th century`;
  const season = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value);
  if (season) return `${SEASONS[season[2] as string]} ${season[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) return `week ${Number(week[2])} of ${week[1]}`;
  return value;
}
