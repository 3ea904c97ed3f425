// In the bundle: our templates, compiled by Handlebars at build time into dist/templates/ (see
// scripts/build.mjs), so that a report reads no template file, loads only the templates its format
// needs and needs only the Handlebars runtime.
import { createRequire } from "node:module";
import { basename } from "node:path";
import type { Template, TemplateSpecification } from "./templates.js";

export const PRECOMPILED = true;

/** `main` and the partials it calls; without it, all of them (for templates of the user's, which may call any). */
export function builtinTemplates(main?: string): Template[] {
  const require = createRequire(import.meta.url);
  const needs = require("./templates/index.cjs") as Record<string, string[]>;
  const files = new Set(main === undefined ? Object.values(needs).flat() : (needs[main] ?? []));
  return [...files].map((file) => ({
    name: basename(file),
    path: `templates/${file}`,
    partial: file.startsWith("partials/"),
    ours: true,
    spec: require(`./templates/${file}.cjs`) as TemplateSpecification,
  }));
}
