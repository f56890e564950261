/**
 * Dates as Morocco writes them in both languages: dd/mm/yyyy (and HH:mm for
 * moments). A day (`2015-06-01`) is taken as written, never through a time
 * zone, so it can't move to the day before.
 */
const pad = (n: number) => String(n).padStart(2, "0");
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatDay(value: string): string {
  const day = DAY.exec(value);
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  const moment = new Date(value);
  return Number.isNaN(moment.getTime())
    ? value
    : `${pad(moment.getDate())}/${pad(moment.getMonth() + 1)}/${moment.getFullYear()}`;
}

export function formatMoment(value: string): string {
  const moment = new Date(value);
  if (Number.isNaN(moment.getTime())) return value;
  return `${formatDay(value)} ${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}
