// The published shape of `check --format json` (schemas/check-report.schema.json), which --baseline reads
// back: the validator is loaded on first use, precompiled in the bundle.
import type { ErrorObject, ValidateFunction } from "ajv";
import { loadCheckReportValidator } from "./compile-check-report-validator.js";

let validate: ValidateFunction | undefined;

/** The first way `data` departs from a check report, or undefined when it is one. */
export function firstReportError(data: unknown): ErrorObject | undefined {
  validate ??= loadCheckReportValidator();
  return validate(data) ? undefined : (validate.errors ?? [])[0];
}

/** Where the problem is, as a JSON pointer: for a key missing or not allowed, the key itself rather than its object. */
export function errorPointer(error: ErrorObject): string {
  const { missingProperty, additionalProperty, unevaluatedProperty } = error.params as Record<string, unknown>;
  const key = missingProperty ?? additionalProperty ?? unevaluatedProperty;
  return typeof key === "string" ? `${error.instancePath}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}` : error.instancePath;
}

/** What kind of problem it is, for the message: a key missing, a key the shape lacks, or a value it does not allow. */
export function errorKind(error: ErrorObject): "missing" | "unexpected" | "wrongValue" {
  if (error.keyword === "required") return "missing";
  if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") return "unexpected";
  return "wrongValue";
}
