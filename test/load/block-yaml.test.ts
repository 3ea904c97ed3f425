import { readFileSync } from "node:fs";
import fc from "fast-check";
import { LineCounter, parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { readBlockYaml } from "../../src/load/block-yaml.js";
import { YamlLocator } from "../../src/load/yaml-locator.js";
import { ROOT } from "../helpers/cli.js";
import { pointers, unquotedScalars } from "../helpers/yaml-pointers.js";

/** What the `yaml` package makes of `text`, read as the precise path reads it. */
function reference(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, merge: true, prettyErrors: false, version: "1.2" });
  return { clean: doc.errors.length === 0 && doc.warnings.length === 0, data: doc.toJS(), locator: new YamlLocator(doc, lineCounter) };
}

const noFallback = () => {
  throw new Error("the block reader asked the yaml package to place a pointer it read");
};

/** Fails unless the block reader either gives up on `text` or reads exactly what the yaml package reads. */
function expectAgreement(text: string): boolean {
  const block = readBlockYaml(text, noFallback);
  if (!block) return false;
  const slow = reference(text);
  expect(slow.clean, `the yaml package reports a problem the block reader missed in ${JSON.stringify(text)}`).toBe(true);
  expect(block.data).toStrictEqual(slow.data);
  for (const pointer of pointers(block.data)) {
    expect([pointer, block.locator.locate(pointer)]).toEqual([pointer, slow.locator.locate(pointer)]);
    expect([pointer, block.locator.locate(pointer, true)]).toEqual([pointer, slow.locator.locate(pointer, true)]);
  }
  for (const pointer of unquotedScalars(block.data)) expect([pointer, block.locator.sourceText(pointer)]).toEqual([pointer, slow.locator.sourceText(pointer)]);
  return true;
}

describe("the block YAML reader", () => {
  const files = ["examples/ready/sms.yaml", "examples/early-stage/sms.yaml", "examples/zh-cn/sms.yaml", "examples/policy-repo/sms.yaml", "test/fixtures/validate/broken-schema.yaml"];
  for (const file of files)
    it(`reads ${file} exactly as the yaml package does`, () => {
      expect(expectAgreement(readFileSync(`${ROOT}${file}`, "utf8"))).toBe(true);
    });

  const accepted: [string, string][] = [
    ["comments and blank lines before values", "a:   # note\n\n  # more\n  b: 1\nlist:\n  # first\n  - x\n"],
    ["a list at its key's indentation", "l:\n- a\n- b\nc: 1\n"],
    ["empty values and items", "a:\nb:   \nc: # note\nl:\n  -\n  - # note\n  - x\nd:"],
    ["lists of lists and mappings", "l:\n  - - a\n    - b\n  - k: v\n    m:\n      - 1\n  -   spaced: 2\n"],
    ["flow collections", "a: [1, 'two', {b: \"c\"}, []]\nd: {e: [f, g], 'h i': {}}\n"],
    ["CRLF line ends", "a: 1\r\nb:\r\n  - c: 2\r\n    d: 3\r\n  -\r\n"],
    ["quoted keys and values", "\"a b\": 'x: y'\n'c': \"d\\t\\u00e9\\x41\\\\\"\ne: 'it''s'\n"],
    ["core schema scalars", "a: no\nb: on\nc: 2024-01-15\nd: 1.10\ne: 0777\nf: 0x1F\ng: 0o17\nh: -.inf\ni: ~\nj: True\nk: +12\nl: .5\nm: 1e3\nn: null\n"],
    ["text that looks special", "a: -1\nb: b#c\nc: x ]\nd: ---\ne: 'a # b'\nf: :x\ng: http://example.com/a?b=c\n"],
    ["comments after values and at any indentation", "a: b # c\nd:\n  e: 1\n# left\n      # right\n  f: 2\n"],
    ["Chinese text", "名称: 华信\n条款:\n  - 第一\n  - 第二\n"],
    ["trailing spaces and no final newline", "a: b   \nc: d  # e\nf: g"],
    ["literal block scalars", "a: |\n  one\n    two\n\n  # not a comment\nb: |-\n  x\n\nc: |+\n  y\n\n\nd: |\ne: 1\n"],
    ["folded block scalars", "a: >\n  one\n  two\n\n  three\n\n\n  four\nb: >-\n\n  lead\n  x  # text\n# comment\nl:\n  - >\n    item\n  - k: |\n      v\n"],
  ];
  for (const [name, text] of accepted) it(`agrees with the yaml package on ${name}`, () => expect(expectAgreement(text)).toBe(true));

  const refused: [string, string][] = [
    ["block scalars with an indentation indicator", "a: |2\n  line\n"],
    ["folded scalars with more-indented lines", "a: >\n  one\n    two\n"],
    ["a block scalar without a final line break", "a: |\n  line"],
    ["multi-line plain scalars", "a: one\n  two\n"],
    ["multi-line quoted scalars", "a: 'one\n  two'\n"],
    ["multi-line flow collections", "a: [1,\n  2]\n"],
    ["anchors, aliases and tags", "a: &x 1\nb: *x\nc: !!str 1\n"],
    ["merge keys", "base: {a: 1}\nm:\n  <<: {b: 2}\n"],
    ["several documents", "a: 1\n---\nb: 2\n"],
    ["duplicate keys", "a: 1\na: 2\n"],
    ["tabs", "a:\n\tb: 1\n"],
    ["a mapping nested on one line", "a: b: c\n"],
    ["a trailing comma", "a: [x, ]\n"],
    ["a non-string key", "1.0: a\n"],
    ["a key that would set the prototype", "__proto__: {a: 1}\n"],
    ["a root that is not a mapping", "- a\n- b\n"],
    ["an empty file", ""],
    ["a bad escape", 'a: "\\q"\n'],
    ["text after a closing quote", 'a: "b"#c\n'],
    ["a dash alone as a value", "a: -\n"],
    ["a lone CR", "a: 1\rb: 2\n"],
    ["indentation past the limit", `a:\n${" ".repeat(401)}b: 1\n`],
  ];
  for (const [name, text] of refused) it(`leaves ${name} to the general parsers`, () => expect(readBlockYaml(text, noFallback)).toBeUndefined());

  it("asks the yaml package only for pointers it cannot place", () => {
    let asked = 0;
    const text = "a:\n  b: 1\n";
    const block = readBlockYaml(text, () => (asked++, reference(text).locator))!;
    expect(block.locator.locate("/a/b")).toEqual({ line: 2, column: 6 });
    expect(block.locator.locate("/a/b", true)).toEqual({ line: 2, column: 3 });
    expect(asked).toBe(0);
    expect(block.locator.locate("/a/missing")).toEqual({ line: 2, column: 3 });
    expect(asked).toBe(1);
  });
});

// Generated documents in every style the reader claims, with awkward text in keys and values, then
// mutated character by character: the reader must never read anything the yaml package reads otherwise.
const AWKWARD = [" ", ":", "#", "-", "'", '"', "[", "]", "{", "}", ",", "?", "~", "&", "*", "!", "|", ">", "%", "@", "`", "\\", "0", "1", ".", "e", "x", "中", "\u00a0", "null", "true", "0x1", "1.0", ".inf"];
const ORDINARY = ["a", "b", "id", "title", "DOC-1", "2026-01-05", "Service desk", "质量", "1", "x y"];
const word = fc
  .array(fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...AWKWARD) }, { weight: 6, arbitrary: fc.constantFrom(...ORDINARY) }), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(""));
const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom("id", "title", "owner", "satisfies", "名称", "a b", "x-y", "k1") }, { weight: 1, arbitrary: word });
/** A block scalar; "\u0000" in it stands for the indentation of its lines. */
const blockScalar = fc
  .tuple(fc.constantFrom("|", ">", "|-", ">-", "|+", ">+"), fc.array(fc.oneof(word, fc.constant(""), word.map((w) => `  ${w}`)), { minLength: 0, maxLength: 4 }))
  .map(([header, lines]) => [header, ...lines.map((line) => (line === "" ? "" : `\u0000${line}`))].join("\n"));
const scalarText = fc.oneof(
  { weight: 3, arbitrary: word },
  { weight: 1, arbitrary: word.map((w) => `'${w.replace(/'/g, "''")}'`) },
  { weight: 1, arbitrary: word.map((w) => JSON.stringify(w)) },
  { weight: 1, arbitrary: fc.constantFrom("", "# note", "[]", "{}", "[a, 'b', 1]", "{ k: v, 'q': [x] }", '"\\u00e9\\n"') },
  { weight: 1, arbitrary: blockScalar },
);

interface Tree {
  kind: "map" | "seq" | "leaf";
  entries?: [string, Tree][];
  items?: Tree[];
  text?: string;
}
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalarText.map((text) => ({ kind: "leaf" as const, text })),
    fc.uniqueArray(fc.tuple(key, tie("node")), { minLength: 1, maxLength: 4, selector: ([k]) => k }).map((entries) => ({ kind: "map" as const, entries })),
    fc.array(tie("node"), { minLength: 1, maxLength: 4 }).map((items) => ({ kind: "seq" as const, items })),
  ),
})).node;

interface Style {
  step: number;
  compact: boolean;
  comments: boolean;
  crlf: boolean;
}

function render(entries: [string, Tree][], style: Style): string {
  const lines: string[] = [];
  const emit = (indent: number, prefix: string, node: Tree) => {
    const pad = " ".repeat(indent);
    const leaf = (text: string, inner: number) => text.replace(/\u0000/g, " ".repeat(inner));
    if (node.kind === "leaf") lines.push(`${pad}${prefix}${leaf(node.text!, indent + prefix.length + style.step)}`.trimEnd());
    else if (node.kind === "map")
      node.entries!.forEach(([key, child], i) => {
        const first = i === 0 ? `${pad}${prefix}` : " ".repeat(indent + prefix.length);
        if (child.kind === "leaf") lines.push(`${first}${key}: ${leaf(child.text!, indent + prefix.length + style.step)}`);
        else {
          lines.push(`${first}${key}:`);
          if (style.comments) lines.push(`${" ".repeat(indent + style.step)}# about ${key}`);
          emit(child.kind === "seq" && style.compact ? indent + prefix.length : indent + prefix.length + style.step, "", child);
        }
      });
    else
      node.items!.forEach((child, i) => {
        const first = i === 0 ? prefix : " ".repeat(prefix.length);
        emit(indent, `${first}- `, child);
      });
  };
  emit(0, "", { kind: "map", entries });
  const text = lines.join("\n") + "\n";
  return style.crlf ? text.replace(/\n/g, "\r\n") : text;
}

const documentText = fc
  .tuple(fc.array(fc.tuple(word, tree), { minLength: 1, maxLength: 4 }), fc.record({ step: fc.integer({ min: 1, max: 4 }), compact: fc.boolean(), comments: fc.boolean(), crlf: fc.boolean() }))
  .map(([entries, style]) => render(entries, style));

const mutation = fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(...AWKWARD, "\n", "  ", "\t", "- "));
function mutate(text: string, edits: [number, number, string][]): string {
  let out = text;
  for (const [at, remove, insert] of edits) {
    const i = out.length === 0 ? 0 : at % out.length;
    out = out.slice(0, i) + insert + out.slice(i + remove);
  }
  return out;
}

describe("the block YAML reader on generated documents", () => {
  // Fixed seeds for CI; PROPERTY_SEED and PROPERTY_RUNS explore further by hand.
  const runs = Number(process.env.PROPERTY_RUNS ?? 1000);
  const seed = Number(process.env.PROPERTY_SEED ?? 20_261_121);

  it("reads what the yaml package reads, or gives up", () => {
    let read = 0;
    fc.assert(
      fc.property(documentText, (text) => {
        if (expectAgreement(text)) read++;
      }),
      { numRuns: runs, seed },
    );
    expect(read).toBeGreaterThan(runs / 4); // a third of generated documents are in the subset; most others are not valid YAML
  });

  it("reads what the yaml package reads, or gives up, after random edits", () => {
    fc.assert(
      fc.property(documentText, fc.array(mutation, { minLength: 1, maxLength: 3 }), (text, edits) => {
        expectAgreement(mutate(text, edits));
      }),
      { numRuns: runs * 2, seed: seed + 1 },
    );
  });
});
