import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/load/parse-yaml.js";
import { decode } from "../../src/io/read-source.js";
import { messagesIn } from "../../src/i18n/translate.js";

const brief = (text: string) =>
  parseYaml(text, "sms.yaml").problems.map(({ ruleId, messageId, line, column }) => ({ ruleId, messageId, line, column }));

describe("parseYaml problems", () => {
  const cases: { name: string; yaml: string; problems: ReturnType<typeof brief> }[] = [
    {
      name: "syntax error at the start",
      yaml: "@owner: 1\na: 2\n",
      problems: [{ ruleId: "yaml-syntax", messageId: "load.yamlSyntax", line: 1, column: 1 }],
    },
    { name: "empty file", yaml: "", problems: [{ ruleId: "yaml-empty", messageId: "load.empty", line: 1, column: 1 }] },
    { name: "only comments", yaml: "# nothing\n# here\n", problems: [{ ruleId: "yaml-empty", messageId: "load.empty", line: 1, column: 1 }] },
    { name: "only a directive and markers", yaml: "%YAML 1.2\n---\n...\n", problems: [{ ruleId: "yaml-empty", messageId: "load.empty", line: 1, column: 1 }] },
    { name: "root is a list", yaml: "\n- a\n- b\n", problems: [{ ruleId: "yaml-not-mapping", messageId: "load.notMapping", line: 2, column: 1 }] },
    { name: "root is a scalar", yaml: "hello\n", problems: [{ ruleId: "yaml-not-mapping", messageId: "load.notMapping", line: 1, column: 1 }] },
    {
      name: "duplicate key",
      yaml: "organization:\n  name: A\n  name: B\n",
      problems: [{ ruleId: "yaml-duplicate-key", messageId: "load.DUPLICATE_KEY", line: 3, column: 3 }],
    },
    {
      name: "a syntax error and a duplicate key: both, in order",
      yaml: "a: 1\na: 2\nb: @x\n",
      problems: [
        { ruleId: "yaml-duplicate-key", messageId: "load.DUPLICATE_KEY", line: 2, column: 1 },
        { ruleId: "yaml-syntax", messageId: "load.yamlSyntax", line: 3, column: 4 },
      ],
    },
    {
      name: "duplicate keys in a flow mapping and in a list item, with a construct the reader leaves",
      yaml: "? a\n: {k: 1, k: 2}\nl:\n  - n: 1\n    n: 2\n",
      problems: [
        { ruleId: "yaml-duplicate-key", messageId: "load.DUPLICATE_KEY", line: 2, column: 10 },
        { ruleId: "yaml-duplicate-key", messageId: "load.DUPLICATE_KEY", line: 5, column: 5 },
      ],
    },
    {
      name: "tab indentation",
      yaml: "organization:\n\tname: A\n",
      problems: [{ ruleId: "yaml-tab", messageId: "load.TAB_AS_INDENT", line: 2, column: 1 }],
    },
    {
      name: "unclosed flow sequence at the end",
      yaml: "organization:\n  name: A\nscope: [a, b\n",
      problems: [{ ruleId: "yaml-syntax", messageId: "load.yamlSyntax", line: 4, column: 1 }],
    },
    {
      name: "nested mapping on one line in the middle",
      yaml: "a: 1\nb: x: y\nc: 3\n",
      problems: [{ ruleId: "yaml-syntax", messageId: "load.yamlSyntax", line: 2, column: 4 }],
    },
  ];
  for (const c of cases) it(c.name, () => expect(brief(c.yaml)).toEqual(c.problems));

  // Past the size the yaml package is given, the reader's account, worded as an error or a construct it leaves.
  const large = (lastLine: string) => `items:\n${"  - x\n".repeat(120_000)}${lastLine}`;
  it("a file too large to explain, with valid YAML the reader leaves to the yaml package: where it stopped, and why", () => {
    const { problems, data } = parseYaml(large("  - - nested\n"), "sms.yaml");
    expect(data).toBeUndefined();
    expect(problems).toEqual([
      { ruleId: "yaml-syntax", severity: "major", messageId: "load.notReadLarge", params: { detail: { en: "a list opened on its parent's dash line", "zh-CN": "列表写在了上一级列表项短横线的同一行" } }, file: "sms.yaml", line: 120_002, column: 5 },
    ]);
  });
  // Too large for the yaml package: read by our reader or refused, so every common style must be ours.
  it.each([
    ["JSON indented with tabs", `{\n\t"items": [\n${'\t\t{"id": "x", "n": [1]},\n'.repeat(60_000)}\t\t{}\n\t]\n}\n`],
    ["tabs after colons, closing brackets at their key's indentation, a %YAML 1.2 line", `%YAML 1.2\n---\nitems:\n${"  - id:\tx\n    n: [\n      1\n    ]\n".repeat(60_000)}`],
    // PyYAML with default_flow_style=None wraps a long value onto the next line, inside the braces.
    ["values wrapped across lines inside flow mappings (PyYAML)", `items:\n${"- {id: x, title: Procedure for the control of\n    changes to services, n: [1]}\n".repeat(60_000)}`],
  ])("a large file: %s", (_, text) => {
    const { problems, data } = parseYaml(text, "sms.yaml");
    expect(problems).toEqual([]);
    expect((data as { items: unknown[] }).items.length).toBeGreaterThanOrEqual(60_000);
    if (text.includes("Procedure")) expect((data as { items: { title: string }[] }).items[59_999].title).toBe("Procedure for the control of changes to services");
  });

  it("words every reason the reader gives in Chinese", () => {
    // Each reason as src/load/read-valid-yaml.ts writes it; each needs its load.readerReason.* text.
    const source = readFileSync(new URL("../../src/load/read-valid-yaml.ts", import.meta.url), "utf8");
    const reasons = new Set([...source.matchAll(/(?:Refusal\(|reason: |\? |: )"([a-z][^"]+)"/g)].map((m) => m[1]));
    expect(reasons.size).toBeGreaterThanOrEqual(39);
    const slug = (reason: string) => reason.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    expect([...reasons].filter((reason) => !messagesIn("zh-CN").has(`load.readerReason.${slug(reason)}`))).toEqual([]);
    // And no text for a reason the reader no longer gives.
    const worded = [...messagesIn("en").keys()].filter((key) => key.startsWith("load.readerReason."));
    expect(worded.filter((key) => ![...reasons].some((reason) => key === `load.readerReason.${slug(reason)}`))).toEqual([]);
  });
  it("a file too large to explain, with an error: where the reader stopped", () => {
    expect(brief(large(" bad: indentation\n"))).toEqual([{ ruleId: "yaml-syntax", messageId: "load.notReadLarge", line: 120_002, column: 2 }]);
  });
});

describe("parseYaml: a syntax error the yaml package finds", () => {
  it("keeps the package's words in English and gives ours, for the kind of error, in Chinese", () => {
    const detail = { en: 'Missing closing "quote', "zh-CN": "缺少字符，例如闭合引号、逗号、冒号或其后的空格" };
    expect(parseYaml('organization:\n  name: "unterminated\n', "sms.yaml").problems).toEqual([{ ruleId: "yaml-syntax", severity: "major", messageId: "load.yamlSyntax", params: { detail }, file: "sms.yaml", line: 3, column: 1 }]);
  });

  it("has Chinese words for every kind of error the package names", () => {
    const problems = parseYaml("a: 1\n b: 2\n", "sms.yaml").problems;
    expect(problems.map((p) => p.params?.detail)).toEqual([{ en: "Nested mappings are not allowed in compact mappings", "zh-CN": "键本身是列表或映射，请检查冒号和缩进" }]);
    // The codes of yaml's ErrorCode type (node_modules/yaml/dist/errors.d.ts); one it adds later is worded as a YAML error.
    const codes = ["ALIAS_PROPS", "BAD_ALIAS", "BAD_DIRECTIVE", "BAD_DQ_ESCAPE", "BAD_INDENT", "BAD_PROP_ORDER", "BAD_SCALAR_START", "BLOCK_AS_IMPLICIT_KEY", "BLOCK_IN_FLOW", "DUPLICATE_KEY", "IMPOSSIBLE", "KEY_OVER_1024_CHARS", "MISSING_CHAR", "MULTILINE_IMPLICIT_KEY", "MULTIPLE_ANCHORS", "MULTIPLE_DOCS", "MULTIPLE_TAGS", "NON_STRING_KEY", "RESOURCE_EXHAUSTION", "TAB_AS_INDENT", "TAG_RESOLVE_FAILED", "UNEXPECTED_TOKEN", "BAD_COLLECTION_TYPE"];
    expect(codes.filter((code) => !messagesIn("zh-CN").has(`load.yamlError.${code}`))).toEqual([]);
    expect(messagesIn("zh-CN").get("load.yamlError.other")).toBe("YAML 写法有误");
  });
});

describe("parseYaml data", () => {
  it("reads a key that is a list without a Node warning on the terminal", async () => {
    const warnings: Error[] = [];
    const listen = (warning: Error) => warnings.push(warning);
    process.on("warning", listen);
    const { data, problems } = parseYaml("organization:\n  name: A\n? [a, b]\n: 1\n", "x");
    await new Promise((resolve) => setTimeout(resolve, 20));
    process.off("warning", listen);
    expect(warnings).toEqual([]);
    expect([data, problems]).toEqual([{ organization: { name: "A" }, "[ a, b ]": 1 }, []]);
  });

  it("locates keys the data names otherwise than they are written: null as '', numbers as text, quoted keys by their value", () => {
    // `~` as a key is left to the yaml package; the others the reader reads.
    const refused = parseYaml("a: 1\n~:\n  b: 2\n", "x");
    expect([refused.data, refused.locator.locate("//b"), refused.locator.locate("/", true)]).toEqual([{ a: 1, "": { b: 2 } }, { line: 3, column: 6 }, { line: 2, column: 1 }]);
    const read = parseYaml("0x10: a\n\"q\\tr\": b\n'it''s': c\n", "x");
    expect([read.locator.locate("/16", true), read.locator.locate("/q\tr"), read.locator.locate("/it's", true)]).toEqual([{ line: 1, column: 1 }, { line: 2, column: 9 }, { line: 3, column: 1 }]);
  });

  it("keeps YAML 1.1 booleans and dates as strings, reads 1.10 as a number", () => {
    const { data } = parseYaml("a: no\nb: on\nc: 2024-01-15\nd: 1.10\ne: 0777\n", "x");
    expect(data).toEqual({ a: "no", b: "on", c: "2024-01-15", d: 1.1, e: 777 });
  });

  it("expands merge keys and legitimate anchors reused 500 times", () => {
    const refs = Array.from({ length: 500 }, (_, i) => `  - { n: ${i}, owner: *o }`).join("\n");
    const { data, problems } = parseYaml(`base: &b { owner: Ann }\nm:\n  <<: *b\n  x: 1\nowner: &o Quality\nlist:\n${refs}\n`, "x");
    expect(problems).toEqual([]);
    expect((data as { m: unknown }).m).toEqual({ owner: "Ann", x: 1 });
  });

  it("refuses a billion-laughs alias bomb at the first alias", () => {
    let yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (let i = 0, prev = "a"; i < 9; i++, prev = `n${i - 1}`) yaml += `n${i}: &n${i} [${Array(9).fill(`*${prev}`).join(", ")}]\n`;
    const result = parseYaml(yaml, "x");
    expect(result.data).toBeUndefined();
    expect(brief(yaml)).toEqual([{ ruleId: "yaml-alias-limit", messageId: "load.aliasLimit", line: 2, column: 10 }]);
  });

  it("refuses nesting 10,000 levels deep before parsing, at the bracket that goes too deep", () => {
    const yaml = `a: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`;
    expect(brief(yaml)).toEqual([{ ruleId: "yaml-too-deep", messageId: "load.tooDeep", line: 1, column: 104 }]);
  });

  it("refuses block nesting deeper than 400 columns of indentation", () => {
    const yaml = Array.from({ length: 300 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n") + " 1\n";
    expect(brief(yaml)).toEqual([{ ruleId: "yaml-too-deep", messageId: "load.tooDeep", line: 202, column: 401 }]);
  });

  it("does not count brackets inside quotes or comments", () => {
    const yaml = `a: "${"[".repeat(500)}"\nb: '${"{".repeat(500)}' # ${"[".repeat(500)}\n`;
    expect(brief(yaml)).toEqual([]);
  });

  it("does not pollute Object.prototype through __proto__ keys", () => {
    const { data } = parseYaml("__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n", "x");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });

  it("positions findings in a CRLF file like in an LF file", () => {
    expect(brief("a: 1\r\nb:\r\n  c: 1\r\n  c: 2\r\n")).toEqual([
      { ruleId: "yaml-duplicate-key", messageId: "load.DUPLICATE_KEY", line: 4, column: 3 },
    ]);
  });
});

describe("decode", () => {
  it("strips a UTF-8 BOM", () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), "x")).toEqual({ text: "a", problems: [] });
  });
  it("reads UTF-16 LE with a BOM", () => {
    expect(decode(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00]), "x").text).toBe("a:");
  });
  it("locates the first invalid UTF-8 byte", () => {
    const bytes = new Uint8Array([...Buffer.from("a: 1\nb: x"), 0xff, ...Buffer.from("\n")]);
    expect(decode(bytes, "f").problems).toEqual([
      { ruleId: "file-encoding", severity: "major", messageId: "load.invalidUtf8", file: "f", line: 2, column: 5 },
    ]);
  });
});
