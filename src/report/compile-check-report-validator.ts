// The check report's validator compiled by Ajv at run time, for tests and development; the bundle uses
// the one generated at build time instead (standalone-check-report-validator.ts, scripts/build.mjs).
import type { ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import schema from "../../schemas/check-report.schema.json" with { type: "json" };

/** Ajv's options for it: stop at the first problem, which is all the message names. */
export const CHECK_REPORT_AJV_OPTIONS = { allErrors: false, strict: true } as const;

/** `source` keeps the generated code, so that the build can write it out (ajv's standalone mode). */
export function createCheckReportAjv(source = false): Ajv2020 {
  return new Ajv2020({ ...CHECK_REPORT_AJV_OPTIONS, code: { source } });
}

export function loadCheckReportValidator(): ValidateFunction {
  return createCheckReportAjv().compile(schema as object);
}
