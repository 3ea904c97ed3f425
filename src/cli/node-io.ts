// The CliIO of a real process: its streams, environment and clock.
import { readStdinBytes } from "../io/read-stdin.js";
import type { CliIO } from "./io.js";

/** A reader that stops early (`iso20k check ... | head`) is not an error: end quietly, as Unix tools do. */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
  });
}

export function nodeIO(): CliIO {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
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
