// The CliIO of a real process: its standard output and error, environment and clock.
import { fstatSync, statSync, writeSync } from "node:fs";
import { readStdinBytes } from "../io/read-stdin.js";
import type { CliIO, OutputStream } from "./io.js";

export function nodeIO(): CliIO {
  return {
    stdout: standardOutput(1, () => process.stdout),
    stderr: standardOutput(2, () => process.stderr),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    // Asked only by init: opening process.stdin loads the stream modules, a cost every command would pay.
    get stdinIsTTY() {
      return process.stdin.isTTY;
    },
    readStdin: readStdinBytes,
  };
}

/**
 * Standard output or error. A file, a pipe or /dev/null (where CI jobs and scripts send it) is written
 * to its descriptor, whole and at once: process.stdout is a stream, and making it loads Node's stream
 * modules (and node:net for a pipe), about a tenth of a check's start-up. A terminal, or what fstat
 * cannot tell, gets Node's stream, which also writes to a Windows console; so does a descriptor that
 * would block (EAGAIN, left non-blocking by another program), from then on.
 */
export function standardOutput(fd: number, stream: () => NodeJS.WriteStream): OutputStream {
  let streamed: NodeJS.WriteStream | undefined;
  const toStream = (): NodeJS.WriteStream => {
    if (streamed === undefined) {
      streamed = stream();
      streamed.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code !== "EPIPE") throw error;
        endQuietly();
      });
    }
    return streamed;
  };
  if (!writtenDirectly(fd)) return { fd, isTTY: toStream().isTTY, write: (chunk) => toStream().write(chunk) };
  return {
    fd,
    isTTY: false,
    write(chunk) {
      if (streamed !== undefined) return streamed.write(chunk);
      const bytes = Buffer.from(chunk);
      for (let at = 0; at < bytes.length; ) {
        try {
          at += writeSync(fd, bytes, at);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === "EPIPE") endQuietly();
          if (code !== "EAGAIN") throw error;
          return toStream().write(bytes.subarray(at));
        }
      }
      return true;
    },
  };
}

/** A reader that stops early (`iso20k check ... | head`) is not an error: end quietly, as Unix tools do. */
function endQuietly(): never {
  process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
}

/** A regular file, a pipe, a socket or the null device: never a terminal. */
function writtenDirectly(fd: number): boolean {
  try {
    const stats = fstatSync(fd);
    if (stats.isFile() || stats.isFIFO() || stats.isSocket()) return true;
    return stats.isCharacterDevice() && stats.rdev === statSync("/dev/null").rdev;
  } catch {
    return false;
  }
}
