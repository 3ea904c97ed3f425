// Reads an input file as text: size limit, encoding detection, BOM removal.
import { isUtf8 } from "node:buffer";
import { closeSync, openSync, statSync } from "node:fs";
import { readUpTo } from "./regular-file.js";
import { InputError } from "../model/errors.js";
import type { Problem } from "../model/finding.js";
import { lineStarts, positionIn } from "../load/positions.js";

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
    // A device or a pipe reports no size and may never end.
    if (!stat.isFile()) throw new InputError("input.notRegular", { file });
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("input.notFound", { file });
  }
  if (size > maxBytes) throw new InputError("input.tooLarge", { file, size, limit: maxBytes });
  // Read from the descriptor up to the limit: a file can grow after stat, and some (/proc) report no size at all.
  let bytes: Buffer | undefined;
  try {
    const fd = openSync(path, "r");
    try {
      bytes = readUpTo(fd, maxBytes, size);
    } finally {
      closeSync(fd);
    }
  } catch {
    throw new InputError("input.unreadable", { file });
  }
  if (!bytes) throw new InputError("input.grewTooLarge", { file, limit: maxBytes });
  return { file, ...decode(bytes, file) };
}

// One decoder for every file: a policy repository decodes a thousand, and each new decoder cost
// more than the decoding (decode() without { stream } keeps no state between calls).
const UTF8 = new TextDecoder("utf-8");

/** Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM; flags invalid UTF-8 at its position. */
export function decode(bytes: Uint8Array, file: string): { text: string; problems: Problem[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), problems: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), problems: [] };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const text = UTF8.decode(body);
  const invalidAt = firstInvalidUtf8(body);
  if (invalidAt < 0) return { text, problems: [] };
  // The valid prefix decodes exactly, so its length in UTF-16 units is the offset in `text`.
  const before = UTF8.decode(body.subarray(0, invalidAt));
  const { line, column } = positionIn(lineStarts(before), before.length);
  return { text, problems: [{ ruleId: "file-encoding", severity: "major", messageId: "load.invalidUtf8", file, line, column }] };
}

/** Byte offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length || !isUtf8(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return -1;
}
