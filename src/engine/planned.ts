// The next audit or review on the calendar, for prerequisites that time will meet.
import type { Entry } from "./sms-index.js";

/** The earliest entry dated after `asOf` (and not before `notBefore`) that is not yet held: planned, or completed ahead of the date. */
export function nextPlanned<T extends { date: string }>(list: Entry<T>[], asOf: string, notBefore: string): Entry<T> | undefined {
  return list
    .filter((e) => e.value.date > asOf && e.value.date >= notBefore)
    .sort((a, b) => (a.value.date < b.value.date ? -1 : a.value.date > b.value.date ? 1 : 0))[0];
}

/** How a prerequisite names an entry nextPlanned found: planned, or recorded as completed on a later
 * day (then its date or its status is wrong, and the message says which the file claims). */
export function notYetHeld(entry: Entry<{ status: "planned" | "completed" }>): "planned" | "completedLater" {
  return entry.value.status === "completed" ? "completedLater" : "planned";
}
