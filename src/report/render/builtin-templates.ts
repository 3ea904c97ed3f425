// Our templates as the files in templates/, compiled when a report is rendered. The bundle swaps this
// module for precompiled-templates.ts, which holds them compiled at build time (scripts/build.mjs).
import { basename, relative } from "node:path";
import { builtinTemplateDir, listTemplates, readTemplate } from "./template-files.js";
import type { Template } from "./templates.js";

/** Whether builtinTemplates() gives compiled templates (specs) rather than text to compile. */
export const PRECOMPILED = false;

/** Every one of our templates (the main template a report needs is among them). */
export function builtinTemplates(_main?: string): Template[] {
  const folder = builtinTemplateDir();
  return listTemplates(folder).map((path) => ({ name: basename(path), path, partial: relative(folder, path).startsWith("partials"), ours: true, source: readTemplate(path) }));
}
