// Reads one of our JSON data files that only some runs need (another language's messages, the gap
// assessment's items), on first use: beside the module that names it, which is src/ when run from
// the source and dist/ in the bundle (scripts/build.mjs copies each file named so).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The parsed file at `url`: a literal path relative to import.meta.url, so that the build finds it. */
export function readDataFile<T>(url: URL): T {
  let text: string;
  try {
    text = readFileSync(url, "utf8");
  } catch {
    // As for dist/data.json: an install without its data is broken, not the user's input.
    process.stderr.write(`iso20k: ${fileURLToPath(url)} is missing: this copy of iso20k is incomplete; reinstall it, or run \`npm run bundle\` in a clone\n`);
    process.exit(2);
  }
  return JSON.parse(text) as T;
}
