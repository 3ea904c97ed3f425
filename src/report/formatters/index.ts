// The formats `check --format` accepts; the keys are the choices. Each loads on demand, so that a
// run in one format does not load the others' dependencies (the XML builder, say).
import type { CheckReport } from "../model.js";
import type { CheckFormatter } from "./types.js";

type Loader = () => Promise<CheckFormatter<CheckReport>>;

export const checkFormatters = {
  stylish: async () => (await import("./stylish.js")).stylish,
  json: async () => (await import("./json.js")).json,
  junit: async () => (await import("./junit.js")).junit,
  sarif: async () => (await import("./sarif.js")).sarif,
  github: async () => (await import("./github.js")).github,
  markdown: async () => (await import("./markdown.js")).markdown,
  codequality: async () => (await import("./codequality.js")).codequality,
} as const satisfies Record<string, Loader>;

export type CheckFormat = keyof typeof checkFormatters;
