// Report dates are written by hand, not by Intl (whose first use costs start-up time and whose words
// depend on the ICU a Node build carries): they must read as en-GB and zh-CN Intl write them.
import { describe, expect, it } from "vitest";
import { formatDate } from "../../src/report/render/helpers.js";

const EN = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const ZH = new Intl.DateTimeFormat("zh-CN", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

describe("formatDate", () => {
  it("writes every day of 2024 to 2031 as Intl does in en-GB and zh-CN", () => {
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2032, 0, 1); time += 86_400_000) {
      const day = new Date(time).toISOString().slice(0, 10);
      expect(formatDate(day, "en"), day).toBe(EN.format(time));
      expect(formatDate(day, "zh-CN"), day).toBe(ZH.format(time));
    }
  });

  it("keeps what is not a day as it is, and an empty value as a dash", () => {
    expect(formatDate("", "en")).toBe("—");
    expect(formatDate("soon", "zh-CN")).toBe("soon");
    expect(formatDate("2026-13-01", "en")).toBe("2026-13-01");
    expect(formatDate("2026-00-10", "en")).toBe("2026-00-10");
  });
});
