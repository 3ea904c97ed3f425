// Compiles the SMS schema with Ajv at run time; the bundle swaps this file for the validator
// generated at build time (scripts/build.mjs), so installed runs skip the ~50 ms compile.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { catalog } from "../catalog/catalog.js";
import { buildSmsSchema } from "./sms-schema.js";

/** Ajv as iso20k configures it: every error, with the data that failed, strict about the schema. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, code: { source: true } });
  addFormats.default(ajv, ["date"]);
  return ajv;
}

export function loadValidator(): ValidateFunction {
  return createAjv().compile(buildSmsSchema(catalog));
}
