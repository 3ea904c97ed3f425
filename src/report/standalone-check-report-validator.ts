// In the bundle: the check report's validator generated at build time into dist/check-report-validator.cjs
// (see scripts/build.mjs) and required on first use: --baseline pays no compile, other runs do not load it.
import { createRequire } from "node:module";
import type { ValidateFunction } from "ajv";

export function loadCheckReportValidator(): ValidateFunction {
  return createRequire(import.meta.url)("./check-report-validator.cjs") as ValidateFunction;
}
