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

/** Reads of a file of unknown size are whole multiples of this: /proc files such as pagemap refuse others. */
const CHUNK = 64 * 1024;

/**
 * The whole file behind `fd`, or undefined when it holds more than `maxBytes` (it may grow after
 * fstat). `expected` is the size fstat gave: read straight into one buffer of that size and a byte
 * more, so that growth is seen. A file that holds more, or said 0 (as /proc files do), is read into a
 * buffer that doubles, in multiples of CHUNK, up to the limit.
 */
export function readUpTo(fd: number, maxBytes: number, expected = 0): Buffer | undefined {
  let buffer = Buffer.allocUnsafe(expected > 0 ? Math.min(maxBytes, expected) + 1 : CHUNK);
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      const larger = Buffer.allocUnsafe(Math.max(total + CHUNK, Math.min(2 * total, Math.ceil((maxBytes + 1) / CHUNK) * CHUNK)));
      buffer.copy(larger, 0, 0, total);
      buffer = larger;
    }
    const wanted = buffer.length - total;
    const read = readSync(fd, buffer, total, wanted, null);
    if (read === 0) return buffer.subarray(0, total);
    total += read;
    if (total > maxBytes) return undefined;
    // A regular file reads short only at its end: the size fstat gave, read in one go, needs no second read.
    if (read < wanted && total === expected) return buffer.subarray(0, total);
  }
}
