// Calendar arithmetic on YYYY-MM-DD strings; no clock here, --as-of is passed in.
import { addDays as addDaysTo, addMonths as addMonthsTo } from "date-fns";

// date-fns works on local dates; a local midnight in, a local calendar day out, so the time zone
// never shifts a day.
function toDate(day: string): Date {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(year, month - 1, date);
}

function toDay(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "2026-03-02" plus 3 months is "2026-06-02"; month ends clamp ("2026-11-30" + 3 = "2027-02-28"). */
export function addMonths(day: string, months: number): string {
  return toDay(addMonthsTo(toDate(day), months));
}

export function addDays(day: string, days: number): string {
  return toDay(addDaysTo(toDate(day), days));
}

const DAY_MS = 86_400_000;

/** Days from `from` to `to`; negative when `to` is earlier. UTC days are all 24 hours long, so the
 * difference of two UTC midnights is exact; date-fns's local-time version cost ten times as much,
 * once for each overdue document. */
export function daysBetween(from: string, to: string): number {
  return (utcMidnight(to) - utcMidnight(from)) / DAY_MS;
}

function utcMidnight(day: string): number {
  const [year, month, date] = day.split("-").map(Number);
  const midnight = new Date(0);
  midnight.setUTCFullYear(year, month - 1, date); // unlike Date.UTC, takes year 50 as 50, not 1950
  return midnight.getTime();
}
