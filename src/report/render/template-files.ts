// Template files on disk: ours in templates/ (beside package.json), the user's in --template-dir.
import { closeSync, existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "../../model/errors.js";
import { openRegularFile, readUpTo } from "../../io/regular-file.js";

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
export function readTemplate(path: string): string {
  let opened;
  try {
    opened = openRegularFile(path, { followLinks: true });
  } catch {
    throw new InputError("render.templateUnreadable", { template: path });
  }
  if (opened.kind === "not-a-file") throw new InputError("render.templateNotAFile", { template: path });
  try {
    const bytes = opened.size > MAX_TEMPLATE_BYTES ? undefined : readUpTo(opened.fd, MAX_TEMPLATE_BYTES, opened.size);
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
