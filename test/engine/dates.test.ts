import { differenceInCalendarDays } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween } from "../../src/engine/dates.js";

describe("daysBetween", () => {
  it.each([
    ["2026-11-21", "2026-11-21", 0],
    ["2026-09-30", "2026-11-21", 52],
    ["2026-11-21", "2026-09-30", -52],
    ["2026-03-01", "2026-04-01", 31], // across a daylight-saving change in many time zones
    ["2026-10-01", "2026-11-01", 31],
    ["2024-02-28", "2024-03-01", 2], // leap year
    ["2026-12-31", "2027-01-01", 1],
    ["0099-12-31", "0100-01-01", 1], // a two-digit year is that year, not 1999
  ])("from %s to %s is %i", (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it("counts calendar days as date-fns does", () => {
    const day = fc.date({ min: new Date(1900, 0, 1), max: new Date(2200, 11, 31), noInvalidDate: true }).map((d) => addDays("2000-01-01", differenceInCalendarDays(d, new Date(2000, 0, 1))));
    fc.assert(
      fc.property(day, day, (from, to) => {
        const local = (text: string) => new Date(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
        expect(daysBetween(from, to)).toBe(differenceInCalendarDays(local(to), local(from)));
      }),
      { numRuns: 2000, seed: 20_261_121 },
    );
  });
});

describe("addMonths and addDays", () => {
  it("clamp month ends and cross years", () => {
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2026-03-02", 3)).toBe("2026-06-02");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
});
