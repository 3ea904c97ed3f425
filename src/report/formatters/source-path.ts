// How CI formats name a file: a forward-slash path from the source root (--root, else the top of the
// git repository, else the working folder), so that code scanning, annotations and test reports link
// to the file whatever folder the check ran from and on whatever platform.
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";

/** Maps a file as given on the command line to the path CI formats show. */
export type SourcePath = (file: string) => string;

/** The file as given, with forward slashes and no leading "./": for tests and in-memory reports. */
export const asGiven: SourcePath = (file) => file.replace(/\\/g, "/").replace(/^(\.\/)+/, "");

/** Paths relative to `root` when given, else to the enclosing git repository's top, else to `cwd`. */
export function sourcePathFrom(cwd: string, root?: string): SourcePath {
  // Looked up on first use: people's formats and JSON never ask, and so never look above the root.
  let found: string | undefined;
  const base = () => (found ??= root === undefined ? (repositoryTop(cwd) ?? cwd) : resolve(cwd, root));
  return (file) => {
    const absolute = resolve(cwd, file);
    const fromBase = relative(base(), absolute);
    // Outside the source root (or on another drive): the absolute path, which is at least true.
    const path = fromBase === "" || fromBase.startsWith("..") || isAbsolute(fromBase) ? absolute : fromBase;
    return asGiven(path);
  };
}

/** The nearest folder at or above `folder` that holds `.git` (a folder, or a file in a worktree). */
function repositoryTop(folder: string): string | undefined {
  for (let current = resolve(folder); ; current = dirname(current)) {
    if (existsSync(join(current, ".git"))) return current;
    if (dirname(current) === current) return undefined;
  }
}
