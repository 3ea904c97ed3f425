// Reads an input file as text: size limit, encoding detection, BOM removal.
import { readFileSync, statSync } from "node:fs";
import { InputError } from "../model/errors.js";
import type { Problem } from "../model/finding.js";

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface Source {
  file: string;
  text: string;
  /** Encoding problems; the text is still usable for positions. */
  problems: Problem[];
}

/** Reads `file` (as the user wrote it) from `path`, refusing directories and files over `maxBytes` unread. */
export function readSource(file: string, path: string, maxBytes = DEFAULT_MAX_BYTES): Source {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError("input.isDirectory", { file });
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("input.notFound", { file });
  }
  if (size > maxBytes) throw new InputError("input.tooLarge", { file, size, limit: maxBytes });
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new InputError("input.unreadable", { file });
  }
  return { file, ...decode(bytes, file) };
}

/** Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM; flags invalid UTF-8 at its position. */
export function decode(bytes: Uint8Array, file: string): { text: string; problems: Problem[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), problems: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), problems: [] };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const text = new TextDecoder("utf-8").decode(body);
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(body);
    return { text, problems: [] };
  } catch {
    const offset = text.indexOf("\uFFFD");
    const before = text.slice(0, Math.max(offset, 0));
    const line = before.split("\n").length;
    const column = offset - before.lastIndexOf("\n");
    return {
      text,
      problems: [{ ruleId: "file-encoding", severity: "major", messageId: "load.invalidUtf8", file, line, column }],
    };
  }
}
