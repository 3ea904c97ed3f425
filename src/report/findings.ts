// Turns problems into findings: localised, positioned, in a stable order.
import type { Lang } from "../catalog/types.js";
import { hasMessage, translator } from "../i18n/translate.js";
import { printableParams } from "../model/printable.js";
import type { Locator } from "../load/locator.js";
import { compareSeverity, type Finding, type Problem } from "../model/finding.js";
import { categoryOf } from "../rules/index.js";

/** Localises and positions the problems of one file; the locator resolves pointers. */
export function toFindings(problems: Problem[], locator: Locator, lang: Lang): Finding[] {
  const t = translator(lang);
  const texts = textKeys();
  return problems.map(({ atKey, ...problem }) => {
    const position =
      problem.line === undefined && problem.pointer !== undefined
        ? locator.locate(problem.pointer, atKey)
        : { line: problem.line, column: problem.column };
    const params = printableParams(problem.params);
    const { remedyKey, recordKey } = texts(problem);
    const finding: Finding = {
      ...problem,
      category: categoryOf(problem.ruleId),
      line: position.line ?? 1,
      column: position.column ?? 1,
      message: t(problem.messageId, params),
    };
    if (remedyKey) finding.remedy = t(remedyKey, params);
    if (recordKey) finding.howToRecord = t(recordKey, params);
    return finding;
  });
}


/** The remedy and how-to-record keys of a problem: its message's own, else its rule's; looked up once per message id. */
export function textKeys(): (problem: Pick<Problem, "messageId" | "ruleId">) => { remedyKey?: string; recordKey?: string } {
  // Thousands of findings share a handful of message ids.
  const cache = new Map<string, { remedyKey?: string; recordKey?: string }>();
  return ({ messageId, ruleId }) => {
    const lookup = `${messageId} ${ruleId}`;
    let keys = cache.get(lookup);
    if (!keys) {
      keys = {
        remedyKey: [`${messageId}.remedy`, `rule.${ruleId}.remedy`].find(hasMessage),
        recordKey: [`${messageId}.howToRecord`, `rule.${ruleId}.howToRecord`].find(hasMessage),
      };
      cache.set(lookup, keys);
    }
    return keys;
  };
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
