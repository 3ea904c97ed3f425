// In the bundle: the validator generated at build time beside dist/iso20k.js (see scripts/build.mjs).
import { createRequire } from "node:module";
import type { ValidateFunction } from "ajv";

export function loadValidator(): ValidateFunction {
  const generated = createRequire(import.meta.url)("./sms-validator.cjs") as { default: ValidateFunction };
  return generated.default;
}
