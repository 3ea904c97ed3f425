// readUpTo reads a whole file into one buffer of the size fstat gave, and notices a file that holds
// more or less than that (it changed since, or it is a /proc file that says 0).
import { closeSync, mkdtempSync, openSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readUpTo } from "../../src/io/regular-file.js";

const folder = mkdtempSync(join(tmpdir(), "iso20k-read-"));

function readBack(bytes: Buffer, maxBytes: number, expected: number): Buffer | undefined {
  const file = join(folder, "f");
  writeFileSync(file, bytes);
  const fd = openSync(file, "r");
  try {
    return readUpTo(fd, maxBytes, expected);
  } finally {
    closeSync(fd);
  }
}

describe("readUpTo", () => {
  const content = Buffer.from(Array.from({ length: 200_000 }, (_, i) => i % 251));

  it("reads the whole file whatever size fstat gave", () => {
    for (const expected of [0, 1, 1000, 199_999, 200_000, 200_001, 1_000_000]) expect(readBack(content, 1_000_000, expected)?.equals(content), String(expected)).toBe(true);
  });

  it("reads a file of exactly the limit, and refuses one byte more, whatever size fstat gave", () => {
    for (const expected of [0, 10, 200_000]) {
      expect(readBack(content, 200_000, expected)?.length, String(expected)).toBe(200_000);
      expect(readBack(content, 199_999, expected), String(expected)).toBeUndefined();
    }
  });

  it("reads an empty file as empty", () => {
    expect(readBack(Buffer.alloc(0), 10, 0)?.length).toBe(0);
  });
});
