// `-` as the SMS file: the text comes from standard input, named in messages by --stdin-filename
// (whose folder evidence paths are then relative to) or "<stdin>".
import { decode, type Source } from "../io/read-source.js";
import { InputError } from "../model/errors.js";
import type { CliIO } from "./io.js";

export const STDIN = "-";
export const STDIN_NAME = "<stdin>";

export function readStdinSource(io: CliIO, shown: string, maxBytes: number): Source {
  if (io.stdinIsTTY === true) throw new InputError("cli.stdinIsTerminal");
  const bytes = io.readStdin === undefined ? new Uint8Array() : io.readStdin(maxBytes);
  if (bytes === undefined) throw new InputError("cli.stdinTooLarge", { file: shown, limit: maxBytes });
  return { file: shown, ...decode(bytes, shown) };
}
