// The templates a report renders from: ours, overridden file by file from --template-dir.
import { existsSync, statSync } from "node:fs";
import { basename } from "node:path";
import type Handlebars from "handlebars";
import { InputError } from "../../model/errors.js";
import { builtinTemplates } from "./builtin-templates.js";
import { listTemplates, readTemplate } from "./template-files.js";

/** What Handlebars.precompile makes of a template, and Handlebars.template takes. */
export type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

export interface Template {
  /** File name without folder, e.g. "gap.html.hbs" or "chart.hbs". */
  name: string;
  /** Where it comes from, for error messages. */
  path: string;
  partial: boolean;
  /** One of our templates, not one from --template-dir: a bound it reaches is the report's size, not its fault. */
  ours: boolean;
  /** The text, compiled when rendering: the user's templates, and ours when run from source. */
  source?: string;
  /** Ours in the bundle: compiled at build time, so that a report needs only the Handlebars runtime. */
  spec?: TemplateSpecification;
}

/**
 * The templates for `main` (say "gap.html.hbs") by file name: ours, with any file of the same name
 * in `overrides` taking its place (then all of ours, as the user's may call any of our partials).
 */
export function loadTemplates(main: string, overrides?: string): Map<string, Template> {
  const templates = new Map(builtinTemplates(overrides === undefined ? main : undefined).map((template) => [template.name, template]));
  if (overrides !== undefined) {
    if (!existsSync(overrides) || !statSync(overrides).isDirectory()) throw new InputError("render.badTemplateDir", { dir: overrides });
    for (const path of listTemplates(overrides)) {
      const known = templates.get(basename(path));
      if (known) templates.set(known.name, { name: known.name, path, partial: known.partial, ours: false, source: readTemplate(path) });
    }
  }
  return templates;
}
