// SHA-256 of an open file, read in fixed chunks: memory stays flat whatever the file's size.
import { readSync } from "node:fs";

/** Evidence files larger than this are not hashed (documented in README, "Evidence checksums"). */
export const MAX_HASH_BYTES = 256 * 1024 * 1024;

const CHUNK_BYTES = 1024 * 1024;

/** Lower-case hex SHA-256 of what `fd` holds, or undefined past `maxBytes` (a file growing as it is read). */
export function sha256OfDescriptor(fd: number, maxBytes: number): string | undefined {
  // node:crypto is loaded only when a file records a hash: most runs need none, and it costs start-up.
  const hash = process.getBuiltinModule("node:crypto").createHash("sha256");
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let total = 0;
  for (;;) {
    const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
    if (read === 0) return hash.digest("hex");
    total += read;
    if (total > maxBytes) return undefined;
    hash.update(buffer.subarray(0, read));
  }
}
