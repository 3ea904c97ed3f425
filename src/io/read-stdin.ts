// Reads standard input to its end with synchronous reads (the pipeline after it is synchronous),
// stopping as soon as it passes the size limit so that an endless pipe costs bounded memory.
import { readSync } from "node:fs";

const CHUNK = 64 * 1024;

/** The bytes of standard input, or undefined when there are more than `maxBytes`. */
export function readStdinBytes(maxBytes: number): Uint8Array | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  const buffer = Buffer.alloc(CHUNK);
  for (;;) {
    let count: number;
    try {
      count = readSync(0, buffer, 0, CHUNK, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EOF") break; // Windows' end of a pipe
      if (code !== "EAGAIN") throw error;
      // A non-blocking pipe with nothing yet: wait a little rather than spin.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      continue;
    }
    if (count === 0) break;
    total += count;
    if (total > maxBytes) return undefined;
    chunks.push(Buffer.from(buffer.subarray(0, count)));
  }
  return Buffer.concat(chunks);
}
