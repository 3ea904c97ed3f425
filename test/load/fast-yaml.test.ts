import { readFileSync } from "node:fs";
import { LineCounter, parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { parseFast } from "../../src/load/fast-yaml.js";
import { YamlLocator } from "../../src/load/yaml-locator.js";
import { ROOT } from "../helpers/cli.js";
import { pointers, unquotedScalars } from "../helpers/yaml-pointers.js";

function precise(text: string) {
  const lineCounter = new LineCounter();
  return new YamlLocator(parseDocument(text, { lineCounter }), lineCounter);
}

const noFallback = () => {
  throw new Error("the fast path fell back to the yaml package");
};

describe("the fast YAML path", () => {
  const files = ["examples/ready/sms.yaml", "examples/early-stage/sms.yaml", "examples/zh-cn/sms.yaml", "test/fixtures/validate/broken-schema.yaml"];
  for (const file of files)
    it(`places every node of ${file} exactly where the yaml package does`, () => {
      const text = readFileSync(`${ROOT}${file}`, "utf8");
      const fast = parseFast(text, noFallback);
      expect(fast).toBeDefined();
      const slow = precise(text);
      const all = pointers(fast!.data);
      expect(all.length).toBeGreaterThan(10);
      for (const pointer of all) {
        expect([pointer, fast!.locator.locate(pointer)]).toEqual([pointer, slow.locate(pointer)]);
        expect([pointer, fast!.locator.locate(pointer, true)]).toEqual([pointer, slow.locate(pointer, true)]);
      }
      for (const pointer of unquotedScalars(fast!.data)) expect([pointer, fast!.locator.sourceText(pointer)]).toEqual([pointer, slow.sourceText(pointer)]);
    });

  const awkward: [string, string][] = [
    ["comments and blank lines before values", "a:   # note\n\n  # more\n  b: 1\nlist:\n  # first\n  - x\n"],
    ["flow collections", "a: [1, 'two', {b: \"c\"}]\nd: {e: [f, g]}\n"],
    ["block scalars", "a: |\n  line one\n  line two\nb: >-\n  folded\nc: 1\n"],
    ["CRLF line ends", "a: 1\r\nb:\r\n  - c: 2\r\n    d: 3\r\n"],
    ["quoted keys and values", "\"a b\": 'x: y'\n'c': \"d\"\n"],
    ["Chinese text", "名称: 华信\n条款:\n  - 第一\n  - 第二\n"],
  ];
  for (const [name, text] of awkward)
    it(`agrees with the yaml package on ${name}`, () => {
      const fast = parseFast(text, noFallback)!;
      const slow = precise(text);
      for (const pointer of pointers(fast.data)) {
        expect([pointer, fast.locator.locate(pointer)]).toEqual([pointer, slow.locate(pointer)]);
        expect([pointer, fast.locator.locate(pointer, true)]).toEqual([pointer, slow.locate(pointer, true)]);
      }
    });

  it("leaves anchors, tags, merge keys and several documents to the yaml package", () => {
    for (const text of ["a: &x 1\nb: *x\n", "a: !!str 1\n", "base: {a: 1}\nm:\n  <<: {b: 2}\n", "a: 1\n---\nb: 2\n"])
      expect(parseFast(text, noFallback)).toBeUndefined();
  });

  it("leaves errors to the yaml package", () => {
    expect(parseFast("a: 1\na: 2\n", noFallback)).toBeUndefined();
    expect(parseFast("a:\n\tb: 1\n", noFallback)).toBeUndefined();
  });

  it("asks the yaml package only for pointers it cannot place", () => {
    let asked = 0;
    const fast = parseFast("a:\n  b: 1\n", () => (asked++, precise("a:\n  b: 1\n")))!;
    expect(fast.locator.locate("/a/b")).toEqual({ line: 2, column: 6 });
    expect(asked).toBe(0);
    expect(fast.locator.locate("/a/missing")).toEqual({ line: 2, column: 3 });
    expect(asked).toBe(1);
  });
});
