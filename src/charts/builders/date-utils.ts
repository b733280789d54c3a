/** Reads a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as its first day, in UTC. */
export function partialDateToUtc(date: string): Date {
  const [year, month = 1, day = 1] = date.split('-').map(Number) as [number, number?, number?];
  return new Date(Date.UTC(year, month - 1, day));
}
