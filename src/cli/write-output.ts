// Sends a command's output to stdout or, with -o, atomically to a file that is not one of the inputs.
import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { writeFileAtomic } from "../io/atomic-write.js";
import { InputError } from "../model/errors.js";
import type { CliIO } from "./io.js";

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Refuses an output path that would overwrite an input or whose folder is a file; checked before any work. A missing folder is made when writing. */
export function checkOutputPath(io: CliIO, output: string | undefined, inputs: string[]): string | undefined {
  if (output === undefined) return undefined;
  const target = resolve(io.cwd, output);
  if (inputs.some((input) => canonical(resolve(io.cwd, input)) === canonical(target)))
    throw new InputError("output.isInput", { file: output });
  const folder = nearestExisting(dirname(target));
  if (!statSync(folder).isDirectory()) throw new InputError("output.notAFolder", { file: output, folder: relative(io.cwd, folder) || "." });
  if (existsSync(target) && statSync(target).isDirectory()) throw new InputError("output.isDirectory", { file: output });
  return target;
}

/** The folder itself, or the first of its parents that exists. */
function nearestExisting(folder: string): string {
  let current = folder;
  while (!existsSync(current) && dirname(current) !== current) current = dirname(current);
  return current;
}

export function writeOutput(io: CliIO, target: string | undefined, content: string): void {
  if (target === undefined) {
    io.stdout.write(content);
    return;
  }
  try {
    writeFileAtomic(target, content);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? "error";
    throw new InputError("output.cannotWrite", { file: target, reason });
  }
}
