// Looks at each evidence path on disk, confined to the root: never follows a path or link out of it.
import { accessSync, closeSync, constants, lstatSync, realpathSync, statSync, type Stats } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve, sep } from "node:path";
import type { EvidenceFact, EvidenceReference } from "../engine/evidence.js";
import { MAX_HASH_BYTES, sha256OfDescriptor } from "./hash-file.js";
import { openRegularFile } from "./regular-file.js";

/** True when `path` is `root` or lies below it; both absolute and normalised, as resolve and realpath
 * give them. (By prefix: path.relative would resolve both again, for every evidence file.) */
export function isInside(root: string, path: string): boolean {
  // Windows compares paths without regard to case, as path.relative does there.
  const folder = sep === "\\" ? root.toLowerCase() : root;
  const file = sep === "\\" ? path.toLowerCase() : path;
  return file === folder || file.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** True when a path relative to a root, as path.relative gives it, is the root or lies below it. */
export function staysInside(rel: string): boolean {
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

// One realpath(3) call: the JavaScript realpathSync makes a system call for every part of the path.
const realpath = realpathSync.native;

/** A path with no links left, and what lstat said of it when it was no link. */
interface RealFile {
  real: string;
  stats?: Stats;
}

/** The real path of `path`: its folder's real path (found once a folder: evidence files share a few
 * folders, and realpath(3) makes a system call for every part of a path) and its name, unless the
 * name is itself a link. A folder out of `realRoot` is not looked into: the path is refused. */
function realFileOf(path: string, realRoot: string, realFolders: Map<string, string>): RealFile {
  const folder = dirname(path);
  let realFolder = realFolders.get(folder);
  if (realFolder === undefined) realFolders.set(folder, (realFolder = realpath(folder)));
  const joined = join(realFolder, basename(path));
  if (!isInside(realRoot, realFolder)) return { real: joined };
  const stats = lstatSync(joined);
  return stats.isSymbolicLink() ? { real: realpath(joined) } : { real: joined, stats };
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Facts for every distinct path; hashes only files whose entry records a SHA-256. `known`: facts
 * already established (files just read), taken as they are when no hash is wanted. */
export function inspectEvidence(references: EvidenceReference[], root: string, known: ReadonlyMap<string, EvidenceFact> = new Map()): Map<string, EvidenceFact> {
  const facts = new Map<string, EvidenceFact>();
  const lexicalRoot = resolve(root);
  let realRoot: string;
  try {
    realRoot = realpath(root);
  } catch {
    realRoot = lexicalRoot;
  }
  const realFolders = new Map<string, string>();
  for (const { path, sha256 } of references) {
    const seen = facts.get(path);
    if (seen && (seen.sha256 !== undefined || sha256 === undefined)) continue;
    const fact = sha256 === undefined ? known.get(path) : undefined;
    facts.set(path, fact ?? inspectOne(path, lexicalRoot, realRoot, sha256 !== undefined, realFolders));
  }
  return facts;
}

function inspectOne(path: string, root: string, realRoot: string, wantHash: boolean, realFolders: Map<string, string>): EvidenceFact {
  if (path.includes("\0")) return { state: "invalid" };
  if (isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path)) return { state: "outside-root" };
  const lexical = resolve(root, path);
  if (!isInside(root, lexical)) return { state: "outside-root" };
  let found: RealFile;
  try {
    found = realFileOf(lexical, realRoot, realFolders);
  } catch (error) {
    return { state: errorCode(error) === "EACCES" ? "unreadable" : "missing" };
  }
  const { real } = found;
  if (!isInside(realRoot, real)) return { state: "outside-root" }; // a symbolic link pointing out
  try {
    // A pipe or device is never opened when stat already says so; the fstat after open catches a swap.
    if (!(found.stats ?? statSync(real)).isFile()) return { state: "not-a-file" };
    // Nothing is read without a hash to check: whether it can be read is all there is to know.
    if (!wantHash) {
      accessSync(real, constants.R_OK);
      return { state: "ok" };
    }
    // `real` has no links left: one appearing now would be a swap, so the last part is not followed.
    const opened = openRegularFile(real, { followLinks: false });
    if (opened.kind === "not-a-file") return { state: "not-a-file" };
    try {
      if (opened.size > MAX_HASH_BYTES) return { state: "ok", tooLargeToHash: true };
      const sha256 = sha256OfDescriptor(opened.fd, MAX_HASH_BYTES);
      return sha256 === undefined ? { state: "ok", tooLargeToHash: true } : { state: "ok", sha256 };
    } finally {
      closeSync(opened.fd);
    }
  } catch (error) {
    return { state: errorCode(error) === "ENOENT" ? "missing" : "unreadable" };
  }
}
