// What the CLI needs from the outside world, passed in so tests can run it in-process.
import type { Prompter } from "../init/prompter.js";

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** The file descriptor behind it, for a real process: lets -o /dev/stdout write through the stream. */
  fd?: number;
}

export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  /** Folder relative paths on the command line are resolved against. */
  cwd: string;
  /** Today, for --as-of's default; tests fix it. */
  now(): Date;
  /** Whether a person can answer prompts (and so whether `-` would wait on a terminal). */
  stdinIsTTY?: boolean;
  /** Standard input to its end, or undefined past `maxBytes`: for `check -` and `validate -`; none when absent. */
  readStdin?(maxBytes: number): Uint8Array | undefined;
  /** Asks `iso20k init`'s questions; inquirer when absent (tests script the answers). */
  prompter?: Prompter;
}
