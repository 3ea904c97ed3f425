import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/load/parse-yaml.js";
import { ROOT } from "../helpers/cli.js";
import { expectAgreement } from "../helpers/loader-agreement.js";

describe("the loader against the yaml package", () => {
  const files = ["examples/ready/sms.yaml", "examples/early-stage/sms.yaml", "examples/zh-cn/sms.yaml", "examples/policy-repo/sms.yaml", "test/fixtures/validate/broken-schema.yaml"];
  for (const file of files)
    it(`reads ${file} exactly as the yaml package does`, () => {
      expect(expectAgreement(readFileSync(`${ROOT}${file}`, "utf8"))).toBe(true);
    });

  // Every style a valid file comes in is read by our reader, never by the yaml package.
  const read: [string, string][] = [
    ["comments and blank lines before values", "a:   # note\n\n  # more\n  b: 1\nlist:\n  # first\n  - x\n"],
    ["a list at its key's indentation", "l:\n- a\n- b\nc: 1\n"],
    ["empty values", "a:\nb:   \nc: # note\nl:\n  - x\n  - &e\nd:"],
    ["lists of mappings", "l:\n  - k: v\n    m:\n      - 1\n  -   spaced: 2\n"],
    ["flow collections", "a: [1, 'two', {b: \"c\"}, []]\nd: {e: [f, g], 'h i': {}}\n"],
    ["flow mappings one per line", "documents:\n  - {id: A, title: \"One\", satisfies: [x, y]}\n  - {id: B, title: Two}\n"],
    ["a flow mapping at the top", "{a: 1, b: [x, y], c: {d: e}}\n"],
    ["JSON", '{\n  "a": 1,\n  "b": [\n    "x",\n    {"c": null}\n  ],\n  "d": true\n}\n'],
    ["keys without values in a flow mapping", "a: {x, y: 1, z}\n"],
    ["CRLF line ends", "a: 1\r\nb:\r\n  - c: 2\r\n    d: 3\r\n  - e\r\n"],
    ["quoted keys and values", "\"a b\": 'x: y'\n'c': \"d\\t\\u00e9\\x41\\\\\"\ne: 'it''s'\n"],
    ["core schema scalars", "a: no\nb: on\nc: 2024-01-15\nd: 1.10\ne: 0777\nf: 0x1F\ng: 0o17\nh: -.inf\ni: ~\nj: True\nk: +12\nl: .5\nm: 1e3\nn: null\n"],
    ["text that looks special", "a: -1\nb: b#c\nc: x ]\nd: ---\ne: 'a # b'\nf: :x\ng: http://example.com/a?b=c\n"],
    ["comments after values and at any indentation", "a: b # c\nd:\n  e: 1\n# left\n      # right\n  f: 2\n"],
    ["Chinese text", "名称: 华信\n条款:\n  - 第一\n  - 第二\n"],
    ["trailing spaces and no final newline", "a: b   \nc: d  # e\nf: g"],
    ["literal block scalars", "a: |\n  one\n    two\n\n  # not a comment\nb: |-\n  x\n\nc: |+\n  y\n\n\nd: |\ne: 1\n"],
    ["folded block scalars", "a: >\n  one\n  two\n\n  three\n\n\n  four\nb: >-\n\n  lead\n  x  # text\n# comment\nl:\n  - >\n    item\n  - k: |\n      v\n"],
    ["block scalars with an indentation indicator", "a: |2\n   line\nb: >1\n  x\n"],
    ["folded scalars with more-indented lines", "a: >\n  one\n    two\n  three\n"],
    ["a block scalar without a final line break", "a: |\n  line"],
    ["multi-line plain scalars", "a: one\n  two\n\n  three\nb: 1\n"],
    ["multi-line quoted scalars", "a: 'one\n  two'\nb: \"x\n  y\\\n  z\"\n"],
    ["multi-line flow collections", "a: [1,\n  2]\nb: {c: 1,\n  d: 2}\n"],
    // PyYAML's flow style (default_flow_style=None) wraps long values.
    ["multi-line plain scalars in flow collections", "sms: {start: '2026-01-05', rep: Quality\n    Manager}\nl: [one two\n  three,\n\n  four\n\n\n  five , six\n  ]\nc: {a: x\n    y, b: z # note\n  }\n"],
    ["multi-line plain scalars in flow collections, CRLF", "a: {b: one\r\n  two\r\n\r\n  three, c: d}\r\n"],
    ["document markers", "---\na: 1\nb: 2\n...\n"],
    ["a document marker with a comment", "--- # sms\na: 1\n"],
    ["anchors and aliases", "owner: &o Quality\nlist:\n  - {n: 1, owner: *o}\n  - n: 2\n    owner: *o\nm: &m\n  k: v\nn: *m\n"],
    ["merge keys", "base: &b {a: 1, b: 2}\nm:\n  <<: *b\n  b: 3\nl:\n  <<: [*b, {c: 4}]\n"],
    ["explicit core tags", "a: !!str 1\nb: !!int \"2\"\n"],
    ["empty items", "l:\n  -\n  - # note\n  - x\n"],
    ["tabs inside values and before comments", "a: b\tc\nd: e\t# note\nf: 'g\th'\t\n"],
    ["tabs after colons and dashes", "a:\tb\nl:\n  -\tc\n  - d:\te\n    f: \t'g'\nm:\t&m {h:\ti}\nn: *m\n"],
    ["minified JSON on one line", '{"a":1,"b":["x",{"c":null,"d e":"f"}],"g":{"h":"i\\n"}}\n'],
    ["JSON indented with tabs", '{\n\t"a": 1,\n\t"b": [\n\t\t"x",\n\t\t{"c": null}\n\t]\n}\n'],
    ["a closing bracket at its key's indentation", "a:\n  b: [\n    c,\n    d\n  ]\n  e: {\n    f: 1\n  }\nl:\n- [\n  x\n]\n"],
    ["a %YAML 1.2 directive", "%YAML 1.2\n---\na: 1\n"],
    ["addresses in flow collections", "links: [http://x.y/z, {url: 'https://a.b:8080/c', at: https://d.e:80}]\n"],
    ["an anchor defined again inside its own node", "a: &x\n  b: &x [1]\n  c: *x\nd: *x\n"],
    ["an empty item before a less indented one", "a:\n - id:\n    -\n - a\n"],
    // The reader keeps the keys it has read for the next mapping: they must still read as written.
    ["the same keys in many mappings, some read as numbers or booleans", "l:\n  - 1: a\n    true: b\n    x: c\n  - 1: d\n    0x1F: e\n    True: f\n  - {1: g, 0x1F: h, true: i, x: j}\n  - '1': k\n    \"x\": l\n"],
    ["lists in lists", "a: [[1, [2, []]], [3]]\nb:\n  -\n    - x\n    -\n      - y\n  - []\n  -\n    - z\n    - w\nc: [a, b]\n"],
  ];
  for (const [name, text] of read) it(`reads ${name} as the yaml package does`, () => expect(expectAgreement(text)).toBe(true));

  it("leaves a list opened on its parent's dash line to the yaml package, which reads it", () => {
    const text = "l:\n  - - a\n    - b\n";
    expect(expectAgreement(text)).toBe(false);
    expect(parseYaml(text, "f.yaml")).toMatchObject({ data: { l: [["a", "b"]] }, problems: [] });
  });

  // Valid YAML the reader leaves to the yaml package, which reads it.
  const leftToYaml: [string, string, unknown][] = [
    ["explicit keys", "? a\n: 1\n? b\nc: 2\n", { a: 1, b: null, c: 2 }],
    ["a pair in a flow list", "x: [a: 1, b]\ny: 2\n", { x: [{ a: 1 }, "b"], y: 2 }],
    ["empty keys in a flow mapping", "a: {k,: v}\n", { a: { k: null, "": "v" } }],
    ["a %YAML 1.1 directive, which makes yes true", "%YAML 1.1\n---\na: yes\n", { a: true }],
  ];
  for (const [name, text, data] of leftToYaml)
    it(`leaves ${name} to the yaml package, which reads them`, () => {
      expect(expectAgreement(text)).toBe(false);
      expect(parseYaml(text, "f.yaml")).toMatchObject({ data, problems: [] });
    });

  const refused: [string, string][] = [
    ["several documents", "a: 1\n---\nb: 2\n"],
    ["duplicate keys", "a: 1\na: 2\n"],
    ["tabs", "a:\n\tb: 1\n"],
    ["a tab between a dash and a mapping", "l:\n  -\ta: 1\n    b: 2\n"],
    ["a closing bracket left of its key", "a:\n  b: [\n    c\n ]\n"],
    ["a mapping nested on one line", "a: b: c\n"],
    ["a bad escape", 'a: "\\q"\n'],
    ["text after a closing quote", 'a: "b"#c\n'],
    ["a lone CR", "a: 1\rb: 2\n"],
    ["an alias to no anchor", "a: *x\n"],
    ["an unknown tag", "a: !thing 1\n"],
  ];
  for (const [name, text] of refused)
    it(`leaves ${name} to the yaml package`, () => {
      expect(expectAgreement(text)).toBe(false);
      expect(parseYaml(text, "f.yaml").problems.length).toBeGreaterThan(0);
    });
});

// Generated documents in block and flow styles, with comments, CRLF, document markers, anchors, aliases
// and merge keys, and awkward text in keys and values, then mutated character by character: the reader must never read anything the yaml package reads otherwise.
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
  { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `${a}\n\u0000${b}`) },
  { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `"${a.replace(/["\\]/g, "")}\n\n\u0000${b.replace(/["\\]/g, "")}"`) },
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
  /** Collections written as flow: none, every other one on one line, or every other one across lines. */
  flow: 0 | 1 | 2;
  /** Anchors on values, aliases to them later, and merge keys of anchored mappings. */
  anchors: boolean;
  /** A `---` line first, and a `...` line last. */
  markers: boolean;
}

/** A node as a flow collection or scalar; across lines, each entry on a line of its own at `indent`. */
function flow(node: Tree, indent: number, acrossLines: boolean): string {
  if (node.kind === "leaf") {
    const text = node.text!;
    // A plain scalar on two lines goes on at the entries' indentation; other scalars with lines are quoted.
    if (/^[^\n\u0000|>#"'][^\n\u0000]*\n\u0000[^\n\u0000]+$/.test(text)) return text.replace("\u0000", " ".repeat(indent + 2));
    return /[\n\u0000]|^[|>#]|^$/.test(text) ? JSON.stringify(text.replace(/\u0000/g, "")) : text;
  }
  const inner = node.kind === "map" ? node.entries!.map(([k, v]) => `${k}: ${flow(v, indent + 2, acrossLines)}`) : node.items!.map((v) => flow(v, indent + 2, acrossLines));
  const [open, close] = node.kind === "map" ? ["{", "}"] : ["[", "]"];
  if (!acrossLines) return `${open}${inner.join(", ")}${close}`;
  const pad = " ".repeat(indent + 2);
  return `${open}\n${pad}${inner.join(`,\n${pad}`)}\n${" ".repeat(indent)}${close}`;
}

function render(entries: [string, Tree][], style: Style): string {
  const lines: string[] = [];
  let collections = 0;
  let leaves = 0;
  const anchors: { name: string; mapping: boolean }[] = [];
  /** An anchor for every third value, when the style has them. */
  const anchorFor = (): string => {
    if (!style.anchors || (collections + leaves) % 3 !== 0) return "";
    return `&a${collections + leaves} `;
  };
  const remember = (anchor: string, node: Tree) => {
    if (anchor) anchors.push({ name: anchor.trim().slice(1), mapping: node.kind === "map" });
  };
  /** Every fourth leaf, once there are anchors, is an alias to the last one. */
  const leafText = (text: string): string => (style.anchors && anchors.length > 0 && ++leaves % 4 === 0 ? `*${anchors[anchors.length - 1].name}` : (leaves++, text));
  const emit = (indent: number, prefix: string, node: Tree) => {
    const pad = " ".repeat(indent);
    const leaf = (text: string, inner: number) => text.replace(/\u0000/g, " ".repeat(inner));
    if (node.kind === "leaf") lines.push(`${pad}${prefix}${leaf(leafText(node.text!), indent + prefix.length + style.step)}`.trimEnd());
    else if (node.kind === "map") {
      const merged = style.anchors ? anchors.find((a) => a.mapping) : undefined;
      const written: [string, Tree | string][] = merged && collections % 2 === 0 ? [["<<", `*${merged.name}`], ...node.entries!] : node.entries!;
      written.forEach(([key, child], i) => {
        const first = i === 0 ? `${pad}${prefix}` : " ".repeat(indent + prefix.length);
        const inner = indent + prefix.length + style.step;
        if (typeof child === "string") lines.push(`${first}${key}: ${child}`);
        else if (child.kind === "leaf") {
          const anchor = anchorFor();
          lines.push(`${first}${key}: ${anchor}${leaf(leafText(child.text!), inner)}`);
          remember(anchor, child);
        } else if (style.flow > 0 && ++collections % 2 === 0) lines.push(`${first}${key}: ${flow(child, inner - style.step, style.flow === 2)}`);
        else {
          const anchor = anchorFor();
          lines.push(`${first}${key}:${anchor ? ` ${anchor.trim()}` : ""}`);
          if (style.comments) lines.push(`${" ".repeat(indent + style.step)}# about ${key}`);
          emit(child.kind === "seq" && style.compact ? indent + prefix.length : inner, "", child);
          remember(anchor, child);
        }
      });
    } else
      node.items!.forEach((child, i) => {
        const first = i === 0 ? prefix : " ".repeat(prefix.length);
        emit(indent, `${first}- `, child);
      });
  };
  emit(0, "", { kind: "map", entries });
  if (style.markers) lines.unshift("---"), lines.push("...");
  const text = lines.join("\n") + "\n";
  return style.crlf ? text.replace(/\n/g, "\r\n") : text;
}

const styleOf = fc.record({
  step: fc.integer({ min: 1, max: 4 }),
  compact: fc.boolean(),
  comments: fc.boolean(),
  crlf: fc.boolean(),
  flow: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
  anchors: fc.boolean(),
  markers: fc.boolean(),
});
const documentText = fc.tuple(fc.array(fc.tuple(word, tree), { minLength: 1, maxLength: 4 }), styleOf).map(([entries, style]) => render(entries, style));

const mutation = fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(...AWKWARD, "\n", "  ", "\t", "- "));
function mutate(text: string, edits: [number, number, string][]): string {
  let out = text;
  for (const [at, remove, insert] of edits) {
    const i = out.length === 0 ? 0 : at % out.length;
    out = out.slice(0, i) + insert + out.slice(i + remove);
  }
  return out;
}

describe("the loader on generated documents", () => {
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
    expect(read).toBeGreaterThan(runs / 5); // most of the others are not valid YAML
  });

  it("reads what the yaml package reads, or gives up, after random edits", () => {
    fc.assert(
      fc.property(documentText, fc.array(mutation, { minLength: 1, maxLength: 3 }), (text, edits) => {
        expectAgreement(mutate(text, edits));
      }),
      { numRuns: runs * 2, seed: seed + 1 },
    );
  });

  it("reads what the yaml package reads, or gives up, with tabs put where spaces are", () => {
    // Tabs separate within a line (`key:\tvalue`), never indent; the package refuses some places a spaced file has.
    const tabbed = fc.tuple(documentText, fc.array(fc.tuple(fc.nat(), fc.constantFrom("\t", " \t", "\t ")), { minLength: 1, maxLength: 4 })).map(([text, tabs]) => {
      const spaces = [...text.matchAll(/(?<=[^ \n]) /g)].map((m) => m.index); // not indentation
      let out = text;
      for (const [pick, tab] of tabs.sort((a, b) => b[0] - a[0])) {
        if (spaces.length === 0) break;
        const at = spaces[pick % spaces.length];
        out = out.slice(0, at) + tab + out.slice(at + 1);
      }
      return out;
    });
    let read = 0;
    fc.assert(
      fc.property(tabbed, (text) => {
        if (expectAgreement(text)) read++;
      }),
      { numRuns: runs, seed: seed + 2 },
    );
    expect(read).toBeGreaterThan(runs / 5);
  });
});
