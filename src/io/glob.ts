// Finds the files a documentSources pattern names under a folder. Folders are entered only while the
// pattern may still match below them; symbolic links are neither followed nor listed.
import { readdirSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { advance, isAlive, isMatch, startState, type Glob, type GlobState } from "./wildcard.js";

/** Paths of the regular files under `root` that `glob` matches, relative to it with "/" between parts, sorted. */
export function globFiles(glob: Glob, root: string): string[] {
  const found: string[] = [];
  walk(glob, root, "", startState(glob), found);
  return found.sort();
}

function walk(glob: Glob, folder: string, relative: string, state: GlobState, found: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return; // an unreadable folder holds nothing we can read
  }
  for (const entry of entries) {
    if (entry.isSymbolicLink()) continue;
    const next = advance(glob, state, entry.name);
    if (!isAlive(next)) continue;
    const path = relative === "" ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) walk(glob, join(folder, entry.name), path, next, found);
    else if (entry.isFile() && isMatch(glob, next)) found.push(path);
  }
}
