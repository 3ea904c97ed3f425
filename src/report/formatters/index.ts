// The formats `check --format` accepts; the keys are the choices.
import type { CheckReport } from "../model.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { markdown } from "./markdown.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

export const checkFormatters = { stylish, json, junit, sarif, github, markdown } as const satisfies Record<string, Formatter<CheckReport>>;

export type CheckFormat = keyof typeof checkFormatters;
