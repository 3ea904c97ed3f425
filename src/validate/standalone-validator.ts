// In the bundle: the validator generated at build time, bundled in and evaluated on first use (see
// scripts/build.mjs, which resolves the module name).
import type { Validators } from "./compile-validator.js";

export function loadValidators(): Validators {
  return require("iso20k:sms-validator") as Validators;
}
