// Reads a --baseline file: the JSON output of an earlier `check`, refused in one line unless it has the published
// shape (schemas/check-report.schema.json), so that nothing later trips over a missing or mistyped field.
import { readSource } from "../load/read-source.js";
import { InputError } from "../model/errors.js";
import type { Finding } from "../model/finding.js";
import { printable } from "../model/printable.js";
import { errorKind, errorPointer, firstReportError } from "../report/check-report-validator.js";
import { SCHEMA_VERSION } from "../report/formatters/json.js";

const MESSAGE_OF_KIND = { missing: "cli.baselineMissing", unexpected: "cli.baselineUnexpected", wrongValue: "cli.baselineWrongValue" } as const;

/** The baseline's findings; `path` is where to read it, `shown` the name the person gave. */
export function readBaseline(path: string, shown: string, maxBytes: number): Finding[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readSource(shown, path, maxBytes).text);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("cli.badBaseline", { file: shown });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new InputError("cli.badBaseline", { file: shown });
  // Another version is named as such, before its shape is judged by this version's schema.
  const { schemaVersion } = parsed as { schemaVersion?: unknown };
  if (typeof schemaVersion === "number" && schemaVersion !== SCHEMA_VERSION)
    throw new InputError("cli.baselineVersion", { file: shown, version: String(schemaVersion), expected: SCHEMA_VERSION });
  // Files from before the version key have the shape of version 1.
  const report = schemaVersion === undefined ? { ...parsed, schemaVersion: SCHEMA_VERSION } : parsed;
  const error = firstReportError(report);
  if (error) throw new InputError(MESSAGE_OF_KIND[errorKind(error)], { file: shown, pointer: printable(errorPointer(error)) });
  return (report as { findings: Finding[] }).findings;
}
