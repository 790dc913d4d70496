/** ClickHouse's plain DateTime64(3) text form in UTC ('2025-01-31 12:00:00.123'), parsed the same by every input setting. */
export function toClickHouseDateTime(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(value)}`);
  return date.toISOString().replace('T', ' ').replace('Z', '');
}
