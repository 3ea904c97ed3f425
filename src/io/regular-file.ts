// Opens a path only when it is a regular file, and reads it from the descriptor with a size cap.
// One open, then fstat of that descriptor: a path swapped for a pipe or device after any earlier
// check is seen for what it is, and O_NONBLOCK keeps the open itself from waiting on a pipe.
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

// Windows lacks both flags; there a pipe cannot stand at a plain path anyway.
const NONBLOCK = constants.O_NONBLOCK ?? 0;
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

export type OpenedFile = { kind: "file"; fd: number; size: number } | { kind: "not-a-file" };

/**
 * Opens `path` for reading when it is a regular file; a pipe, device or folder is closed at once.
 * `followLinks: false` refuses a symbolic link in the last part of the path (ELOOP). Throws what
 * open(2) throws (ENOENT, EACCES, ...). The caller closes the descriptor.
 */
export function openRegularFile(path: string, options: { followLinks: boolean }): OpenedFile {
  const fd = openSync(path, constants.O_RDONLY | NONBLOCK | (options.followLinks ? 0 : NOFOLLOW));
  try {
    const stats = fstatSync(fd);
    if (stats.isFile()) return { kind: "file", fd, size: stats.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  closeSync(fd);
  return { kind: "not-a-file" };
}

/** The whole file behind `fd`, or undefined when it holds more than `maxBytes` (it may grow after fstat). */
export function readUpTo(fd: number, maxBytes: number): Buffer | undefined {
  const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, 64 * 1024));
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const read = readSync(fd, buffer, 0, buffer.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    total += read;
    if (total > maxBytes) return undefined;
    chunks.push(Buffer.from(buffer.subarray(0, read)));
  }
}
