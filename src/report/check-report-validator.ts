// The published shape of `check --format json` (schemas/check-report.schema.json), compiled by Ajv on first use:
// only --baseline reads such a file back, so no other run pays for the compile.
import type { ErrorObject, ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import schema from "../../schemas/check-report.schema.json" with { type: "json" };

let validate: ValidateFunction | undefined;

/** The first way `data` departs from a check report, or undefined when it is one. */
export function firstReportError(data: unknown): ErrorObject | undefined {
  // allErrors off: Ajv stops at the first problem, which is all the message names.
  validate ??= new Ajv2020({ allErrors: false, strict: true }).compile(schema as object);
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
