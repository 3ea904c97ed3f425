// Reads one of our JSON data files beside the module that names it: src/ when run from the source,
// dist/ in the bundle. In the bundle that is dist/data.json, which every run reads, and the files only
// some runs need (another language's messages, the gap assessment's items), read on first use
// (scripts/build.mjs writes both).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The parsed file at `url`: a literal path relative to import.meta.url, so that the build finds it. */
export function readDataFile<T>(url: URL): T {
  let text: string;
  try {
    text = readFileSync(url, "utf8");
  } catch {
    // An install without its data is broken, not the user's input.
    process.stderr.write(`iso20k: ${fileURLToPath(url)} is missing: this copy of iso20k is incomplete; reinstall it, or run \`npm run bundle\` in a clone\n`);
    process.exit(2);
  }
  return JSON.parse(text) as T;
}
