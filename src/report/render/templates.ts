// Finds the report templates: ours in templates/, overridden file by file from --template-dir.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "../../model/errors.js";

export interface TemplateSource {
  /** File name without folder, e.g. "gap.html.hbs" or "chart.hbs". */
  name: string;
  /** Where it was read from, for error messages. */
  path: string;
  source: string;
  partial: boolean;
}

/** The folder holding our templates: found beside package.json, from the bundle or from src/. */
export function builtinTemplateDir(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, "package.json")) || !existsSync(join(folder, "templates"))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error("templates/ not found beside package.json");
    folder = parent;
  }
  return join(folder, "templates");
}

function listTemplates(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".hbs"))
    .map((file) => join(folder, file))
    .sort();
}

/** Our templates by file name, with any file of the same name in `overrides` taking its place. */
export function loadTemplates(overrides?: string): Map<string, TemplateSource> {
  const ours = builtinTemplateDir();
  const templates = new Map<string, TemplateSource>();
  const add = (path: string, partial: boolean) => {
    const source = readFileSync(path, "utf8");
    templates.set(basename(path), { name: basename(path), path, source, partial });
  };
  for (const path of listTemplates(ours)) add(path, relative(ours, path).startsWith("partials"));
  if (overrides !== undefined) {
    if (!existsSync(overrides) || !statSync(overrides).isDirectory()) throw new InputError("render.badTemplateDir", { dir: overrides });
    for (const path of listTemplates(overrides)) {
      const known = templates.get(basename(path));
      if (known) add(path, known.partial);
    }
  }
  return templates;
}
