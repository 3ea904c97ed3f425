// Human output of `validate`: one line per finding, file:line:col first so editors can jump to it.
import { translator } from "../../i18n/translate.js";
import type { Severity } from "../../model/finding.js";
import { printable } from "../../model/printable.js";
import type { ValidationReport } from "../model.js";
import type { Formatter } from "./types.js";

export const validationStylish: Formatter<ValidationReport> = {
  name: "stylish",
  extension: ".txt",
  render(report, { colour }) {
    const t = translator(report.lang);
    const paint: Record<Severity, (s: string) => string> = { major: colour.red, minor: colour.yellow, observation: colour.cyan };
    const lines: string[] = [];
    for (const { findings } of report.files) {
      for (const f of findings) {
        const where = colour.underline(`${printable(String(f.file))}:${f.line}:${f.column}`);
        lines.push(`${where}  ${paint[f.severity](t(`severity.label.${f.severity}`))}  ${printable(f.message, "line-feeds")}  ${colour.dim(`(${f.ruleId})`)}`);
      }
    }
    const invalid = report.files.filter((r) => !r.valid);
    const problems = report.files.reduce((n, r) => n + r.findings.length, 0);
    if (lines.length > 0) lines.push("");
    lines.push(
      invalid.length === 0 && problems === 0
        ? colour.green(t("validate.summary.valid", { count: report.files.length }))
        : colour.bold(t("validate.summary.invalid", { problems, files: report.files.filter((r) => r.findings.length > 0).length })),
    );
    return lines.join("\n") + "\n";
  },
};
