/** `YYYY-MM` from content → a Date inside that month, whatever the time zone. */
export function monthToDate(yearMonth: string): Date {
  return new Date(`${yearMonth}-15T00:00:00Z`);
}
