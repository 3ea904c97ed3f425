// Runs the whole check pipeline on YAML text in a temporary folder, for rule table tests.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runCheck } from "../../src/cli/run-check.js";
import { DEFAULT_MAX_BYTES } from "../../src/io/read-source.js";
import type { CheckReport } from "../../src/report/model.js";

export interface CheckYamlOptions {
  asOf?: string;
  /** Evidence files to create, path -> content. */
  files?: Record<string, string>;
  lang?: "en" | "zh-CN";
  /** A gap assessment, written to gap.yaml and given as --assessment. */
  gapAssessment?: string;
}

/** The check report for `yaml`, as `iso20k check sms.yaml` in a fresh folder would produce it. */
export function checkYaml(yaml: string, options: CheckYamlOptions = {}): CheckReport {
  const folder = mkdtempSync(join(tmpdir(), "iso20k-rule-"));
  writeFileSync(join(folder, "sms.yaml"), yaml);
  for (const [path, content] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  if (options.gapAssessment !== undefined) writeFileSync(join(folder, "gap.yaml"), options.gapAssessment);
  const gapAssessment = options.gapAssessment === undefined ? undefined : "gap.yaml";
  return runCheck("sms.yaml", { cwd: folder, asOf: options.asOf ?? "2026-11-21", lang: options.lang ?? "en", maxBytes: DEFAULT_MAX_BYTES, gapAssessment }).report;
}

/** The findings of one rule, reduced to what table tests assert. */
export function findingsOf(report: CheckReport, ruleId: string) {
  if (!report.valid) throw new Error(`fixture is invalid: ${report.findings.map((f) => `${f.line}:${f.column} ${f.message}`).join("; ")}`);
  return report.findings
    .filter((f) => f.ruleId === ruleId)
    .map(({ messageId, clause, requirementId, pointer, line, column, severity }) => ({
      messageId: messageId.slice(`rule.${ruleId}.`.length),
      severity,
      clause,
      ...(requirementId ? { requirementId } : {}),
      pointer,
      line,
      column,
    }));
}

/** A minimal valid SMS; rule tests append to or replace parts of it. */
export const MINIMAL = `organization:
  name: Test Org
scope:
  services:
    - id: desk
      name: Service desk
  businessCategories: ["06.04"]
sms:
  startDate: 2026-01-05
documents: []
`;
