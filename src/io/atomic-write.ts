// Writes a file whole or not at all: a temporary file beside it, flushed to disk, then a rename. Makes
// the folder when missing, as `-o reports/gap.html` on a fresh checkout expects. A file written over
// keeps its mode (and, for root, its owner), and a link to it stays a link.
import { closeSync, fchmodSync, fchownSync, fsync, fsyncSync, mkdirSync, openSync, realpathSync, rename, renameSync, rmSync, statSync, writeFile, writeFileSync, type Stats } from "node:fs";
// Not node:fs/promises, which would cost every run's start-up.
import { promisify } from "node:util";
import { basename, dirname, join } from "node:path";
import { trackTemporary, untrackTemporary } from "./temporary-files.js";

// Unique, not secret: "wx" never opens a file that already exists, so a name someone took only fails
// the write. (node:crypto's random bytes cost a report's start-up more than its writing.)
const randomSuffix = () => Math.floor(Math.random() * 2 ** 48).toString(16).padStart(12, "0");

interface Plan {
  /** The file to replace: `path` itself, or the file a link at `path` points to. */
  path: string;
  temporary: string;
  /** The file being replaced, when there is one. */
  existing?: Stats;
}

/** Synchronous, for writers called where nothing can wait (the assessment interview saves each answer). */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const plan = planWrite(path);
  const fd = openTemporary(plan);
  let closed = false;
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    closed = true;
    renameSync(plan.temporary, plan.path);
  } catch (error) {
    if (!closed) closeQuietly(fd);
    rmSync(plan.temporary, { force: true });
    throw error;
  } finally {
    untrackTemporary(plan.temporary);
  }
  syncFolder(dirname(plan.path));
}

/** Asynchronous, so that SIGINT or SIGTERM is handled while a large report is written (and its temporary file removed). */
export async function writeFileAtomicAsync(path: string, content: string | Uint8Array): Promise<void> {
  const plan = planWrite(path);
  // Opened synchronously: the file exists, and is tracked, before any signal can be handled.
  const fd = openTemporary(plan);
  let closed = false;
  try {
    await promisify(writeFile)(fd, content);
    await promisify(fsync)(fd);
    closeSync(fd);
    closed = true;
    await promisify(rename)(plan.temporary, plan.path);
  } catch (error) {
    // Not once closed: by then another file may have been given the same descriptor number.
    if (!closed) closeQuietly(fd);
    rmSync(plan.temporary, { force: true });
    throw error;
  } finally {
    untrackTemporary(plan.temporary);
  }
  syncFolder(dirname(plan.path));
}

function planWrite(path: string): Plan {
  const existing = statIfAny(path);
  const target = existing ? realpathSync(path) : path;
  mkdirSync(dirname(target), { recursive: true });
  return { path: target, temporary: join(dirname(target), `.${basename(target)}.${randomSuffix()}.tmp`), existing };
}

/** Creates the temporary file with the existing file's mode and owner, and tracks it for removal on a signal. */
function openTemporary(plan: Plan): number {
  const mode = plan.existing ? plan.existing.mode & 0o777 : 0o666;
  // Created no wider than the file it replaces (the umask may narrow it further, fchmod restores it).
  const fd = openSync(plan.temporary, "wx", mode);
  trackTemporary(plan.temporary);
  try {
    if (plan.existing) keepModeAndOwner(fd, plan.existing);
  } catch (error) {
    closeQuietly(fd);
    rmSync(plan.temporary, { force: true });
    untrackTemporary(plan.temporary);
    throw error;
  }
  return fd;
}

function keepModeAndOwner(fd: number, existing: Stats): void {
  fchmodSync(fd, existing.mode & 0o777);
  // Only root can give a file away; everyone else's files are theirs already.
  if (process.getuid?.() === 0 && (existing.uid !== 0 || existing.gid !== 0)) fchownSync(fd, existing.uid, existing.gid);
}

function statIfAny(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // the error that brought us here is the one to report
  }
}

/** Flushes the rename itself to disk. Windows cannot open a folder for this, and some file systems refuse: the rename stands. */
function syncFolder(folder: string): void {
  if (process.platform === "win32") return;
  try {
    const fd = openSync(folder, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // nothing more to do
  }
}
