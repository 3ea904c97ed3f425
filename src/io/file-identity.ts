// Which file a path names, by device and inode, following links: two names, a hard link or a
// symbolic link to one file all give the same identity, where comparing names would not.
import { fstatSync, statSync, type BigIntStats } from "node:fs";

/** "device:inode" of the file `path` names, or undefined when it does not exist or cannot be looked at. */
export function fileIdentity(path: string): string | undefined {
  try {
    return identityOf(statSync(path, { bigint: true }));
  } catch {
    return undefined;
  }
}

/** The identity of the file open as `fd`, or undefined when it is closed. */
export function descriptorIdentity(fd: number): string | undefined {
  try {
    return identityOf(fstatSync(fd, { bigint: true }));
  } catch {
    return undefined;
  }
}

// Inodes can pass 2^53 on some file systems: bigint keeps them exact.
function identityOf(stats: BigIntStats): string {
  return `${stats.dev}:${stats.ino}`;
}
