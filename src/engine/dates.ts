// Calendar arithmetic on YYYY-MM-DD strings; no clock here, --as-of is passed in.
import { addDays as addDaysTo, addMonths as addMonthsTo, differenceInCalendarDays, format, parseISO } from "date-fns";

/** "2026-03-02" plus 3 months is "2026-06-02"; month ends clamp ("2026-11-30" + 3 = "2027-02-28"). */
export function addMonths(day: string, months: number): string {
  return format(addMonthsTo(parseISO(day), months), "yyyy-MM-dd");
}

export function addDays(day: string, days: number): string {
  return format(addDaysTo(parseISO(day), days), "yyyy-MM-dd");
}

/** Days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** The later of two days (ISO strings order as dates). */
export function later(a: string, b: string): string {
  return a >= b ? a : b;
}

/** Today in UTC as YYYY-MM-DD, for --as-of's default. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
