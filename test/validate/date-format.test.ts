import { fullFormats } from "ajv-formats/dist/formats.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCalendarDate } from "../../src/validate/date-format.js";

const ajvFormatsDate = fullFormats.date as { validate: (text: string) => boolean };

describe("isCalendarDate", () => {
  it.each([
    ["2026-11-21", true],
    ["2024-02-29", true], // leap year
    ["2000-02-29", true], // divisible by 400
    ["1900-02-29", false], // divisible by 100
    ["2026-02-29", false],
    ["2026-04-31", false],
    ["2026-12-31", true],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-01-00", false],
    ["0000-01-01", true],
    ["2026-1-21", false],
    ["2026/11/21", false],
    ["2026-11-21 ", false],
    ["20261121", false],
    ["２０２６-11-21", false], // full-width digits
    ["2026-11-2a", false],
    ["2026-11-2:", false], // the character after 9
    ["2026-11-/1", false], // the character before 0
    ["", false],
  ])("%j is %s", (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
    expect(ajvFormatsDate.validate(text)).toBe(expected);
  });

  it("accepts exactly the days ajv-formats accepts", () => {
    const digit = fc.constantFrom(..."0123456789");
    const near = fc.tuple(fc.array(digit, { minLength: 4, maxLength: 4 }), fc.array(digit, { minLength: 2, maxLength: 2 }), fc.array(digit, { minLength: 2, maxLength: 2 }));
    const dates = near.map(([y, m, d]) => `${y.join("")}-${m.join("")}-${d.join("")}`);
    const mutated = fc.tuple(dates, fc.nat(9), fc.constantFrom("x", "-", "/", ":", " ", "0", "9", "٣", "")).map(([text, at, c]) => text.slice(0, at) + c + text.slice(at + 1));
    fc.assert(
      fc.property(fc.oneof(dates, mutated, fc.string({ maxLength: 12 })), (text) => {
        expect(isCalendarDate(text)).toBe(ajvFormatsDate.validate(text));
      }),
      { numRuns: 20_000, seed: 20_261_121 },
    );
  });
});
