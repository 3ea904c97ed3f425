// In the bundle: the check report's validator generated at build time, evaluated on first use (see
// scripts/build.mjs, which resolves the module name): --baseline pays no compile.
import type { ValidateFunction } from "ajv";

export function loadCheckReportValidator(): ValidateFunction {
  return require("iso20k:check-report-validator") as ValidateFunction;
}
