// In the bundle: the validator generated at build time beside dist/iso20k.js (see scripts/build.mjs).
import { createRequire } from "node:module";
import type { Validators } from "./compile-validator.js";

export function loadValidators(): Validators {
  return createRequire(import.meta.url)("./sms-validator.cjs") as Validators;
}
