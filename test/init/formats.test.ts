import { describe, expect, it } from "vitest";
import { dateInName, parseDate, parseWholeNumber, parseYesNo, readRegistrationId, usccProblem } from "../../src/init/formats.js";

describe("parseDate", () => {
  it.each([
    ["2026-03-02", "2026-03-02"],
    [" 2026-3-2 ", "2026-03-02"],
    ["2026/03/02", "2026-03-02"],
    ["2026.3.2", "2026-03-02"],
    ["２０２６－０３－０２", "2026-03-02"],
    ["2026年3月2日", "2026-03-02"],
    ["2026 年 3 月 2 日", "2026-03-02"],
    ["２０２６年１１月２１日", "2026-11-21"],
    ["2026年3月2号", "2026-03-02"],
    ["2026年3月2", "2026-03-02"],
  ])("reads %j as %s", (typed, day) => {
    expect(parseDate(typed)).toBe(day);
  });

  it.each(["2026-02-30", "2026年2月30日", "1.10.2026", "02/03/2026", "2026-03", "2026/03-02", "2026年3月", "", "today"])("refuses %j", (typed) => {
    expect(parseDate(typed)).toBeUndefined();
  });
});

describe("dateInName", () => {
  it.each([
    ["管理评审会议纪要20261115", "2026-11-15"],
    ["Management Review Minutes 2026-11-15", "2026-11-15"],
    ["内审报告（2026年10月20日）", "2026-10-20"],
    ["CAB minutes 2026.10.14", "2026-10-14"],
    ["2026年10月服务报告", undefined],
    ["Incident Log 2026", undefined],
    ["Report 20261340", undefined],
  ])("%s gives %s", (name, day) => {
    expect(dateInName(name)).toBe(day);
  });
});

describe("parseYesNo", () => {
  it.each([
    ["是", true],
    ["是的", true],
    ["y", true],
    ["Yes", true],
    ["ｙ", true],
    ["否", false],
    ["不是", false],
    ["n", false],
    ["NO", false],
  ])("reads %j as %s", (typed, answer) => {
    expect(parseYesNo(typed, !answer)).toBe(answer);
  });

  it("takes the default when empty and refuses anything else", () => {
    expect(parseYesNo("", true)).toBe(true);
    expect(parseYesNo("  ", false)).toBe(false);
    expect(parseYesNo("也许", false)).toBeUndefined();
    expect(parseYesNo("yeah", false)).toBeUndefined();
  });
});

describe("parseWholeNumber", () => {
  it("reads full-width digits, leaves empty as undefined, refuses the rest", () => {
    expect(parseWholeNumber("４６")).toBe(46);
    expect(parseWholeNumber(" 46 ")).toBe(46);
    expect(parseWholeNumber("")).toBeUndefined();
    expect(parseWholeNumber("46人")).toBeNull();
  });
});

describe("unified social credit code (GB 32100-2015)", () => {
  it.each(["91350100M000100Y43", "91110000100006485K", "12100000400000624D"])("accepts %s", (code) => {
    expect(usccProblem(code)).toBeUndefined();
  });

  it.each([
    ["91350100M000100Y44", "checkCharacter"],
    ["91110108MA01XK7Q3B", "checkCharacter"],
    ["91350100M000100Y4", "length"],
    ["91350100M000100Y433", "length"],
    ["91350100M0001O0Y43", "characters"],
    ["913501A0M000100Y43", "characters"],
  ])("finds what is wrong with %s: %s", (code, problem) => {
    expect(usccProblem(code)).toBe(problem);
  });

  it("reads a Chinese registration as a code whatever the width and case, and other numbers as typed", () => {
    expect(readRegistrationId(" ９１３５０１００ｍ０００１００ｙ４３ ", true)).toEqual({ value: "91350100M000100Y43" });
    expect(readRegistrationId("9135010M000100Y43", true)).toEqual({ value: "9135010M000100Y43", problem: "length" });
    // Outside a Chinese registration only 18 characters of the code's alphabet are read as a code.
    expect(readRegistrationId("9135010M000100Y43", false)).toEqual({ value: "9135010M000100Y43" });
    expect(readRegistrationId("91350100M000100Y44", false)).toEqual({ value: "91350100M000100Y44", problem: "checkCharacter" });
    expect(readRegistrationId("08472619", true)).toEqual({ value: "08472619" });
    expect(readRegistrationId("12345678-000-07-21-A", true)).toEqual({ value: "12345678-000-07-21-A" });
  });
});
