// Reading what people type and how they name files: dates (full-width digits, 2026年3月2日), yes or no, whole numbers,
// and the unified social credit code of a Chinese registration.
import { isCalendarDate } from "../validate/date-format.js";

function isoDay(year: string, month: string, day: string): string | undefined {
  const value = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isCalendarDate(value) ? value : undefined;
}

/** A typed date as YYYY-MM-DD: "2026-03-02", "2026/3/2", "２０２６－０３－０２", "2026年3月2日"; year first only. */
export function parseDate(text: string): string | undefined {
  const value = text.normalize("NFKC").trim().replace(/\s+/g, "");
  const match = /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})[日号]?)$/u.exec(value);
  if (!match) return undefined;
  return match[2] ? isoDay(match[1], match[3], match[4]) : isoDay(match[1], match[5], match[6]);
}

const DATES_IN_NAMES: RegExp[] = [
  /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/u,
  /(?<!\d)((?:19|20)\d{2})[-._/ ](\d{1,2})[-._/ ](\d{1,2})(?!\d)/u,
  /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/u,
];

/** The first full day a file name gives, as YYYY-MM-DD: "纪要20261115", "minutes 2026-11-15", "2026年11月15日". */
export function dateInName(name: string): string | undefined {
  const text = name.normalize("NFKC");
  for (const pattern of DATES_IN_NAMES) {
    const match = pattern.exec(text);
    const day = match && isoDay(match[1], match[2], match[3]);
    if (day) return day;
  }
  return undefined;
}

const YES = new Set(["y", "yes", "是", "是的", "对", "有", "好"]);
const NO = new Set(["n", "no", "否", "不", "不是", "没有", "无"]);

/** A yes or no typed in English or Chinese; empty takes `fallback`; anything else is undefined. */
export function parseYesNo(text: string, fallback?: boolean): boolean | undefined {
  const value = text.normalize("NFKC").trim().toLowerCase().replace(/[。.!！]+$/u, "");
  if (value === "") return fallback;
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return undefined;
}

/** An empty answer is undefined, a whole number (full-width digits too) is itself, anything else is null. */
export function parseWholeNumber(text: string): number | undefined | null {
  const trimmed = text.normalize("NFKC").trim();
  if (trimmed === "") return undefined;
  return /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : null;
}

// GB 32100-2015: 18 characters from 31 (no I, O, S, V, Z), the last a check character over the first 17.
const USCC_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** What is wrong with a unified social credit code, or undefined when it is well formed and its check character holds. */
export type UsccProblem = "length" | "characters" | "checkCharacter";

// The code as it should be written: half-width, upper case, without spaces.
function normalizeRegistrationId(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

/** Checks an 18-character unified social credit code (GB 32100-2015): alphabet, division code, check character. */
export function usccProblem(code: string): UsccProblem | undefined {
  if (code.length !== 18) return "length";
  if (![...code].every((c) => USCC_CHARACTERS.includes(c)) || !/^[0-9A-Z]{2}\d{6}/.test(code)) return "characters";
  const sum = USCC_WEIGHTS.reduce((total, weight, i) => total + USCC_CHARACTERS.indexOf(code[i]) * weight, 0);
  const check = USCC_CHARACTERS[(31 - (sum % 31)) % 31];
  return code[17] === check ? undefined : "checkCharacter";
}

function looksLikeUscc(code: string, chinese: boolean): boolean {
  if (!/^[0-9A-Z]+$/.test(code)) return false;
  if (code.length === 18 && [...code].every((c) => USCC_CHARACTERS.includes(c))) return true;
  return chinese && code.length >= 15 && code.length <= 20;
}

/**
 * A registration number as it will be written, and what is wrong with it when it should be a unified social credit
 * code: any 18 characters of the code's alphabet, and, for a Chinese registration, anything of 15 to 20 letters and
 * digits (a code with a character missing or extra). Other numbers (a company number, a Hong Kong BR) pass as typed.
 */
export function readRegistrationId(text: string, chinese: boolean): { value: string; problem?: UsccProblem } {
  const code = normalizeRegistrationId(text);
  if (!looksLikeUscc(code, chinese)) return { value: text.trim() };
  const problem = usccProblem(code);
  return problem === undefined ? { value: code } : { value: code, problem };
}
