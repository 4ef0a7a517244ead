/** Kilobytes with one decimal, e.g. `12.3 KB`. */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Megabytes with one decimal, e.g. `4.2 MB`. */
export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** A median and the spread of the runs, e.g. `42 ms (38–51, 5 runs)`. */
export function describeRuns(values: readonly number[], unit: string, digits = 0): string {
  const show = (value: number) => value.toFixed(digits);
  if (values.length === 1) return `${show(values[0] ?? 0)} ${unit}`;
  return `${show(median(values))} ${unit} (${show(Math.min(...values))}–${show(Math.max(...values))})`;
}

/** Columns whose header starts with `>` are right-aligned numbers; the `>` is not shown. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const names = headers.map((header) => header.replace(/^>/, ''));
  const rules = headers.map((header) => (header.startsWith('>') ? '---:' : '---'));
  return [names, rules, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
