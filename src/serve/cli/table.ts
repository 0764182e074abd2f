/** Plain-text tables for the terminal. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  maxWidth = 60,
): string {
  const clip = (text: string): string =>
    text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text;
  const cells = [headers, ...rows].map((row) =>
    row.map((value) => clip(value.replace(/\s+/g, ' '))),
  );
  const widths = headers.map((_, column) =>
    Math.max(...cells.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]): string =>
    row
      .map((value, column) => value.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    line(cells[0] ?? []),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}
