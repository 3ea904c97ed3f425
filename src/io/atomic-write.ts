// Writes a file whole or not at all: a temporary file beside it, then a rename. Makes the folder
// when missing, as `-o reports/gap.html` on a fresh checkout expects.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

// node:crypto is loaded on first use: it costs start-up, and most runs write to stdout.
const randomSuffix = () => process.getBuiltinModule("node:crypto").randomBytes(6).toString("hex");

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomSuffix()}.tmp`);
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
