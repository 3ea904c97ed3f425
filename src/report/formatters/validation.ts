// The formats `validate --format` accepts.
import { validationJson } from "./validation-json.js";
import { validationStylish } from "./validation-stylish.js";

export const validationFormatters = { stylish: validationStylish, json: validationJson } as const;
