// Finds the report templates: ours in templates/, overridden file by file from --template-dir.
import { closeSync, existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "../../model/errors.js";
import { openRegularFile, readUpTo } from "../../io/regular-file.js";

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

/** A template larger than this is refused: ours are a few kilobytes. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** The template's text, read only from a regular file of at most MAX_TEMPLATE_BYTES (a pipe would block, /dev/zero never end). */
function readTemplate(path: string): string {
  let opened;
  try {
    opened = openRegularFile(path, { followLinks: true });
  } catch {
    throw new InputError("render.templateUnreadable", { template: path });
  }
  if (opened.kind === "not-a-file") throw new InputError("render.templateNotAFile", { template: path });
  try {
    const bytes = opened.size > MAX_TEMPLATE_BYTES ? undefined : readUpTo(opened.fd, MAX_TEMPLATE_BYTES);
    if (bytes === undefined) throw new InputError("render.templateTooLarge", { template: path, limit: MAX_TEMPLATE_BYTES / 1024 / 1024 });
    return bytes.toString("utf8");
  } finally {
    closeSync(opened.fd);
  }
}

/** Every .hbs file below `folder`, as full paths (exported for the CLI's list of files a run reads). */
export function listTemplates(folder: string): string[] {
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
    const source = readTemplate(path);
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
