// Reads a --baseline file: the JSON output of an earlier `check` (of one file or several), refused in one line unless it has the published
// shape (schemas/check-report.schema.json), so that nothing later trips over a missing or mistyped field.
import { readSource } from "../io/read-source.js";
import { InputError } from "../model/errors.js";
import type { Finding } from "../model/finding.js";
import { printable } from "../model/printable.js";
import { errorKind, errorPointer, firstReportError } from "../report/check-report-validator.js";
import { SCHEMA_VERSION } from "../report/formatters/json.js";

const MESSAGE_OF_KIND = { missing: "cli.baselineMissing", unexpected: "cli.baselineUnexpected", wrongValue: "cli.baselineWrongValue" } as const;

/** One file's findings in a baseline. */
interface BaselineReport {
  file: string;
  findings: Finding[];
}

/** The findings of an earlier check, of one file or several. */
export interface Baseline {
  /**
   * The baseline findings for a checked file: a baseline of one file applies to a check of one file
   * whatever its name (files get renamed); otherwise a file's own report, by its name as given, or none.
   */
  findingsFor(file: string, filesChecked: number): Finding[];
}

/**
 * A baseline: the JSON of a check of one file, or the array a check of several writes. `path` is
 * where to read it, `shown` the name the person gave.
 */
export function readBaseline(path: string, shown: string, maxBytes: number): Baseline {
  const reports = readReports(path, shown, maxBytes);
  const byFile = new Map(reports.map((report) => [report.file, report.findings]));
  return { findingsFor: (file, filesChecked) => (reports.length === 1 && filesChecked === 1 ? reports[0].findings : (byFile.get(file) ?? [])) };
}

function readReports(path: string, shown: string, maxBytes: number): BaselineReport[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readSource(shown, path, maxBytes).text);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("cli.badBaseline", { file: shown });
  }
  if (Array.isArray(parsed)) {
    if (parsed.length === 0) throw new InputError("cli.badBaseline", { file: shown });
    return parsed.map((report, i) => checkedReport(report, shown, `/${i}`));
  }
  return [checkedReport(parsed, shown, "")];
}

/** The findings of one file, if the JSON has the published shape of its version; `at` is its pointer in the file. */
function checkedReport(parsed: unknown, shown: string, at: string): BaselineReport {
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new InputError("cli.badBaseline", { file: shown });
  // Another version is named as such, before its shape is judged by this version's schema.
  const { schemaVersion } = parsed as { schemaVersion?: unknown };
  if (typeof schemaVersion === "number" && schemaVersion !== SCHEMA_VERSION)
    throw new InputError("cli.baselineVersion", { file: shown, version: String(schemaVersion), expected: SCHEMA_VERSION });
  // Files from before the version key have the shape of version 1.
  const report = schemaVersion === undefined ? { ...parsed, schemaVersion: SCHEMA_VERSION } : parsed;
  const error = firstReportError(report);
  if (error) throw new InputError(MESSAGE_OF_KIND[errorKind(error)], { file: shown, pointer: printable(at + errorPointer(error)) });
  return report as BaselineReport;
}
