// Turns problems into findings: localised, positioned, in a stable order.
import type { Lang } from "../catalog/types.js";
import { hasMessage, translator, type MessageParams } from "../i18n/translate.js";
import { printable } from "../model/printable.js";
import type { Locator } from "../load/locator.js";
import { compareSeverity, type Finding, type Problem } from "../model/finding.js";
import { categoryOf } from "../rules/index.js";

/** Localises and positions the problems of one file; the locator resolves pointers. */
export function toFindings(problems: Problem[], locator: Locator, lang: Lang): Finding[] {
  const t = translator(lang);
  const remedyKeys = new Map<string, string | undefined>();
  return problems.map(({ atKey, ...problem }) => {
    const position =
      problem.line === undefined && problem.pointer !== undefined
        ? locator.locate(problem.pointer, atKey)
        : { line: problem.line, column: problem.column };
    // Thousands of findings share a handful of message ids.
    const lookup = `${problem.messageId} ${problem.ruleId}`;
    if (!remedyKeys.has(lookup)) remedyKeys.set(lookup, [`${problem.messageId}.remedy`, `rule.${problem.ruleId}.remedy`].find(hasMessage));
    const remedyKey = remedyKeys.get(lookup);
    const params = printableParams(problem.params);
    const finding: Finding = {
      ...problem,
      category: categoryOf(problem.ruleId),
      line: position.line ?? 1,
      column: position.column ?? 1,
      message: t(problem.messageId, params),
    };
    if (remedyKey) finding.remedy = t(remedyKey, params);
    return finding;
  });
}

function printableParams(params: MessageParams | undefined): MessageParams | undefined {
  if (!params) return params;
  const clean = (value: MessageParams[string]): MessageParams[string] =>
    typeof value === "string" ? printable(value) : typeof value === "object" ? (Object.fromEntries(Object.entries(value).map(([lang, text]) => [lang, printable(text)])) as typeof value) : value;
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, clean(value)]));
}

/** Position order within a file, then severity, then rule: the order people read a file in. */
export function compareByPosition(a: Finding, b: Finding): number {
  return (
    compareText(a.file ?? "", b.file ?? "") ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareSeverity(a.severity, b.severity) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
