// Sends a command's output to stdout or, with -o, to a file that is none of the files the run read:
// atomically to a regular file, straight into a device or pipe (/dev/null, /dev/stdout, a FIFO).
import { existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { writeFileAtomicAsync } from "../io/atomic-write.js";
import { descriptorIdentity, fileIdentity } from "../io/file-identity.js";
import { InputError } from "../model/errors.js";
import type { CliIO, OutputStream } from "./io.js";

/** An output file: as given on the command line (for messages), and resolved. */
export interface OutputFile {
  file?: string;
  target?: string;
}

/**
 * Refuses an output path that names a folder, lies below a file or is one of `inputs` (the files
 * known before the run; refuseFilesRead covers the rest once it has run). Checked before any work.
 * A missing folder is made when writing.
 */
export function checkOutputPath(io: CliIO, output: string | undefined, inputs: string[]): string | undefined {
  if (output === undefined) return undefined;
  // resolve() would drop the slash and write a file where the user named a folder.
  if (namesFolder(output)) throw new InputError("output.endsWithSlash", { file: output });
  const target = resolve(io.cwd, output);
  refuseFilesRead([{ file: output, target }], () => inputs.map((input) => resolve(io.cwd, input)));
  const folder = nearestExisting(dirname(target));
  if (!statSync(folder).isDirectory()) throw new InputError("output.notAFolder", { file: output, folder: relative(io.cwd, folder) || "." });
  if (existsSync(target) && statSync(target).isDirectory()) throw new InputError("output.isDirectory", { file: output });
  return target;
}

/** Refuses any output that is, by device and inode, one of the files the run read (absolute paths). */
export function refuseFilesRead(outputs: OutputFile[], filesRead: () => Iterable<string>): void {
  const existing = new Map<string, string>();
  for (const { file, target } of outputs) {
    const identity = target === undefined ? undefined : fileIdentity(target);
    if (identity !== undefined) existing.set(identity, file ?? target!);
  }
  // A file that does not exist yet cannot have been read: most runs stop here, without a stat per input.
  if (existing.size === 0) return;
  for (const path of filesRead()) {
    const identity = fileIdentity(path);
    const clash = identity === undefined ? undefined : existing.get(identity);
    if (clash !== undefined) throw new InputError("output.isInput", { file: clash });
  }
}

function namesFolder(output: string): boolean {
  const separators = process.platform === "win32" ? "[\\\\/]" : "/";
  return new RegExp(`${separators}\\.{0,2}$`).test(output);
}

/** The folder itself, or the first of its parents that exists. */
function nearestExisting(folder: string): string {
  let current = folder;
  while (!existsSync(current) && dirname(current) !== current) current = dirname(current);
  return current;
}

export async function writeOutput(io: CliIO, target: string | undefined, content: string): Promise<void> {
  if (target === undefined) {
    io.stdout.write(content);
    return;
  }
  try {
    const stream = standardStreamAt(io, target);
    if (stream) stream.write(content);
    else if (isSpecialFile(target)) writeFileSync(target, content);
    else await writeFileAtomicAsync(target, content);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? "error";
    throw new InputError("output.cannotWrite", { file: target, reason });
  }
}

/**
 * Our own stdout or stderr when `target` is that file (-o /dev/stdout, /proc/self/fd/1): written
 * through the stream, since a socket cannot be opened by name and a file opened anew would lose
 * the shell's append mode and position.
 */
function standardStreamAt(io: CliIO, target: string): OutputStream | undefined {
  const identity = fileIdentity(target);
  if (identity === undefined) return undefined;
  return [io.stdout, io.stderr].find((stream) => stream.fd !== undefined && descriptorIdentity(stream.fd) === identity);
}

/** A device, FIFO or socket: written into as it is, never replaced by a regular file (folders were refused before). */
function isSpecialFile(target: string): boolean {
  try {
    return !statSync(target).isFile();
  } catch {
    return false;
  }
}
