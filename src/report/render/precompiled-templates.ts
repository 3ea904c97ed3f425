// In the bundle: our templates, compiled by Handlebars at build time into dist/templates/, one file
// per main template with the partials it calls (see scripts/build.mjs): a report reads no template
// file, loads only what its format needs and needs only the Handlebars runtime.
import { createRequire } from "node:module";
import type { Template, TemplateSpecification } from "./templates.js";

type Precompiled = { name: string; partial: boolean; spec: TemplateSpecification }[];

export const PRECOMPILED = true;

/** `main` and the partials it calls; without it, all of them (for templates of the user's, which may call any). */
export function builtinTemplates(main?: string): Template[] {
  const require = createRequire(import.meta.url);
  const files = main === undefined ? (require("./templates/index.cjs") as string[]) : [main];
  const templates = new Map<string, Template>();
  for (const file of files)
    for (const { name, partial, spec } of require(`./templates/${file}.cjs`) as Precompiled)
      templates.set(name, { name, path: `templates/${partial ? "partials/" : ""}${name}`, partial, spec });
  return [...templates.values()];
}
