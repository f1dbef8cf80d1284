/**
 * Order of strings by UTF-16 code units, the same on every machine and locale (localeCompare is not): paths,
 * rule ids and names sort with it wherever output order must be deterministic.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
