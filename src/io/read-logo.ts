// Reads a client's logo for embedding in a report: a small PNG, JPEG or SVG, recognised by its content.
import { readFileSync, statSync } from "node:fs";
import { InputError } from "../model/errors.js";

/** Larger than any logo needs; keeps an HTML report light enough to mail. */
export const MAX_LOGO_BYTES = 512 * 1024;

export interface Logo {
  /** A data: URI, so that the report stays one self-contained file. */
  src: string;
}

/** The logo at `path` (already resolved); `shown` names it in messages. Throws InputError when it is unusable. */
export function readLogo(path: string, shown: string): Logo {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new InputError("report.logo.notFile", { file: shown });
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("report.logo.unreadable", { file: shown });
  }
  if (size > MAX_LOGO_BYTES) throw new InputError("report.logo.tooLarge", { file: shown, limit: MAX_LOGO_BYTES / 1024 });
  const bytes = readFileSync(path);
  const type = imageType(bytes);
  if (!type) throw new InputError("report.logo.notImage", { file: shown });
  return { src: `data:${type};base64,${bytes.toString("base64")}` };
}

/** The MIME type from the first bytes; SVG only when it is plain markup that runs nothing. */
function imageType(bytes: Buffer): string | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  const text = bytes.toString("utf8");
  // An <img> never runs an SVG's scripts or fetches its links, but a saved copy opened on its own would.
  if (/^\uFEFF?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(text) && !/<script|\son\w+\s*=|(?:xlink:)?href\s*=\s*["']?\s*(?!#|data:image\/)/i.test(text)) return "image/svg+xml";
  return undefined;
}
