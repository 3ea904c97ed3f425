// Hostile --baseline files, SOURCE_DATE_EPOCH and --as-of at the ends of the calendar, and init flags that would
// write a file the schema refuses. Each refusal exits 2 with one line on stderr and writes nothing.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runInProcess } from "../helpers/cli.js";
import { AS_OF, STACK_TRACE } from "./corpus.js";

const EARLY = join(ROOT, "examples/early-stage/sms.yaml");
const NOT_OUTPUT = "it is not the JSON output of iso20k check";

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "iso20k-hostile-flags-"));
  folders.push(dir);
  return dir;
}

describe("--baseline files that are not a check report", () => {
  type Report = Record<string, unknown> & { findings: Record<string, unknown>[] };
  let dir: string;
  let report: Report;
  beforeAll(async () => {
    dir = folder();
    const run = await runInProcess(["check", EARLY, "--as-of", AS_OF, "--format", "json", "--fail-on", "none"]);
    report = JSON.parse(run.stdout);
  });
  const withFinding = (change: (finding: Record<string, unknown>) => Record<string, unknown>) => (r: Report) => ({ ...r, findings: [change(r.findings[0]), ...r.findings.slice(1)] });
  const without = (key: string) => (f: Record<string, unknown>) => Object.fromEntries(Object.entries(f).filter(([k]) => k !== key));

  const CASES: { name: string; text: (r: Report) => string | unknown; code: number; stderr: string }[] = [
    { name: "null", text: () => "null", code: 2, stderr: `iso20k: cannot use b.json as a baseline: ${NOT_OUTPUT}\n` },
    { name: "an array", text: () => "[]", code: 2, stderr: `iso20k: cannot use b.json as a baseline: ${NOT_OUTPUT}\n` },
    { name: "a number", text: () => "42", code: 2, stderr: `iso20k: cannot use b.json as a baseline: ${NOT_OUTPUT}\n` },
    { name: "text cut short", text: (r) => JSON.stringify(r).slice(0, 100), code: 2, stderr: `iso20k: cannot use b.json as a baseline: ${NOT_OUTPUT}\n` },
    { name: '{"findings":[null]}', text: () => '{"findings":[null]}', code: 2, stderr: `iso20k: cannot use b.json as a baseline: ${NOT_OUTPUT} (/tool is missing)\n` },
    { name: "a real report whose findings hold null", text: (r) => ({ ...r, findings: [null] }), code: 2, stderr: `iso20k: cannot use b.json as a baseline: ${NOT_OUTPUT} (the value at /findings/0 is not one it writes)\n` },
    { name: "a finding without ruleId", text: withFinding(without("ruleId")), code: 2, stderr: `iso20k: cannot use b.json as a baseline: ${NOT_OUTPUT} (/findings/0/ruleId is missing)\n` },
    { name: "a finding without messageId", text: withFinding(without("messageId")), code: 2, stderr: `iso20k: cannot use b.json as a baseline: ${NOT_OUTPUT} (/findings/0/messageId is missing)\n` },
    { name: "a finding with its line as text", text: withFinding((f) => ({ ...f, line: "7" })), code: 2, stderr: `iso20k: cannot use b.json as a baseline: ${NOT_OUTPUT} (the value at /findings/0/line is not one it writes)\n` },
    { name: "a finding with a key the shape lacks", text: withFinding((f) => ({ ...f, atKey: true })), code: 2, stderr: `iso20k: cannot use b.json as a baseline: ${NOT_OUTPUT} (/findings/0/atKey is not part of it)\n` },
    { name: "findings that are an object", text: (r) => ({ ...r, findings: {} }), code: 2, stderr: `iso20k: cannot use b.json as a baseline: ${NOT_OUTPUT} (the value at /findings is not one it writes)\n` },
    { name: "a key with / and ~, escaped in the pointer", text: (r) => ({ ...r, "a/b~c": 1 }), code: 2, stderr: `iso20k: cannot use b.json as a baseline: ${NOT_OUTPUT} (/a~1b~0c is not part of it)\n` },
    { name: "a key with a line break, shown escaped", text: (r) => ({ ...r, "x\ny": 1 }), code: 2, stderr: `iso20k: cannot use b.json as a baseline: ${NOT_OUTPUT} (/x\\u000ay is not part of it)\n` },
    { name: "a key named __proto__", text: (r) => `{"__proto__": {"polluted": 1}, ${JSON.stringify(r).slice(1)}`, code: 2, stderr: `iso20k: cannot use b.json as a baseline: ${NOT_OUTPUT} (/__proto__ is not part of it)\n` },
    { name: "schemaVersion as text", text: (r) => ({ ...r, schemaVersion: "1" }), code: 2, stderr: `iso20k: cannot use b.json as a baseline: ${NOT_OUTPUT} (the value at /schemaVersion is not one it writes)\n` },
    { name: "schemaVersion 2", text: (r) => ({ ...r, schemaVersion: 2 }), code: 2, stderr: "iso20k: cannot use b.json as a baseline: it is JSON output of schema version 2, and this iso20k reads version 1\n" },
    { name: "a report from before schemaVersion", text: (r) => without("schemaVersion")(r), code: 0, stderr: "" },
    { name: "the report itself", text: (r) => r, code: 0, stderr: "" },
  ];

  for (const c of CASES)
    it(`${c.name}: exit ${c.code}`, async () => {
      const content = c.text(report);
      writeFileSync(join(dir, "b.json"), typeof content === "string" ? content : JSON.stringify(content));
      const result = await runInProcess(["check", EARLY, "--as-of", AS_OF, "--format", "json", "--fail-on", "none", "--baseline", "b.json"], { cwd: dir });
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect([result.code, result.stderr]).toEqual([c.code, c.stderr]);
      if (c.code === 2) expect(result.stdout).toBe("");
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

  it("marks the same findings with a report of the same run: all unchanged, none fixed", async () => {
    writeFileSync(join(dir, "same.json"), JSON.stringify(report));
    const result = await runInProcess(["check", EARLY, "--as-of", AS_OF, "--format", "json", "--fail-on", "none", "--baseline", "same.json"], { cwd: dir });
    const marked = JSON.parse(result.stdout);
    expect(marked.findings.every((f: { baseline: string }) => f.baseline === "unchanged")).toBe(true);
    expect(marked.fixed).toEqual([]);
  });

  it("takes baseline findings of one fingerprint one for one, in order, and lists the rest as fixed", async () => {
    const first = report.findings[0];
    const copies = Array.from({ length: 5 }, (_, i) => ({ ...first, message: `copy ${i}` }));
    writeFileSync(join(dir, "copies.json"), JSON.stringify({ ...report, findings: copies }));
    const result = await runInProcess(["check", EARLY, "--as-of", AS_OF, "--format", "json", "--fail-on", "none", "--baseline", "copies.json"], { cwd: dir });
    const marked = JSON.parse(result.stdout);
    const same = marked.findings.filter((f: { ruleId: string; pointer?: string; messageId: string }) => f.ruleId === first.ruleId && f.pointer === first.pointer && f.messageId === first.messageId);
    expect(same.every((f: { baseline: string }) => f.baseline === "unchanged")).toBe(true);
    expect(marked.fixed.map((f: { message: string }) => f.message)).toEqual(copies.slice(same.length).map((f) => f.message));
  });
});

describe("the day a check speaks for, at the ends of the calendar", () => {
  const CASES: { name: string; args?: string[]; env?: Record<string, string>; code: number; stderr: string; asOf?: string }[] = [
    { name: "SOURCE_DATE_EPOCH of 10000-01-01", env: { SOURCE_DATE_EPOCH: "253402300800" }, code: 2, stderr: "iso20k: SOURCE_DATE_EPOCH 253402300800 is not a usable date: it falls outside 0001-01-01 to 9999-12-31\n" },
    { name: "SOURCE_DATE_EPOCH beyond what Date holds", env: { SOURCE_DATE_EPOCH: "99999999999999" }, code: 2, stderr: "iso20k: SOURCE_DATE_EPOCH 99999999999999 is not a usable date: it falls outside 0001-01-01 to 9999-12-31\n" },
    { name: "SOURCE_DATE_EPOCH of 400 digits", env: { SOURCE_DATE_EPOCH: "9".repeat(400) }, code: 2, stderr: `iso20k: SOURCE_DATE_EPOCH ${"9".repeat(400)} is not a usable date: it falls outside 0001-01-01 to 9999-12-31\n` },
    { name: "SOURCE_DATE_EPOCH of the last second of 9999", env: { SOURCE_DATE_EPOCH: "253402300799" }, code: 0, stderr: "", asOf: "9999-12-31" },
    { name: "SOURCE_DATE_EPOCH of 0001-01-01", env: { SOURCE_DATE_EPOCH: "-62135596800" }, code: 0, stderr: "", asOf: "0001-01-01" },
    { name: "SOURCE_DATE_EPOCH a second before 0001-01-01", env: { SOURCE_DATE_EPOCH: "-62135596801" }, code: 2, stderr: "iso20k: SOURCE_DATE_EPOCH -62135596801 is not a usable date: it falls outside 0001-01-01 to 9999-12-31\n" },
    { name: "SOURCE_DATE_EPOCH that is not a number", env: { SOURCE_DATE_EPOCH: "abc" }, code: 2, stderr: "iso20k: SOURCE_DATE_EPOCH abc is not a usable date\n" },
    { name: "SOURCE_DATE_EPOCH with an exponent", env: { SOURCE_DATE_EPOCH: "1e3" }, code: 2, stderr: "iso20k: SOURCE_DATE_EPOCH 1e3 is not a usable date\n" },
    { name: "SOURCE_DATE_EPOCH empty, as unset", env: { SOURCE_DATE_EPOCH: "" }, code: 0, stderr: "", asOf: "2026-11-21" },
    { name: "SOURCE_DATE_EPOCH 0", env: { SOURCE_DATE_EPOCH: "0" }, code: 0, stderr: "", asOf: "1970-01-01" },
    { name: "--as-of wins over a bad SOURCE_DATE_EPOCH", args: ["--as-of", AS_OF], env: { SOURCE_DATE_EPOCH: "253402300800" }, code: 0, stderr: "", asOf: AS_OF },
    { name: "--as-of 0001-01-01", args: ["--as-of", "0001-01-01"], code: 0, stderr: "", asOf: "0001-01-01" },
    { name: "--as-of 9999-12-31", args: ["--as-of", "9999-12-31"], code: 0, stderr: "", asOf: "9999-12-31" },
    { name: "--as-of 0000-01-01", args: ["--as-of", "0000-01-01"], code: 2, stderr: 'iso20k: --as-of must be a day from 0001-01-01 to 9999-12-31, not "0000-01-01"\n' },
    { name: "--as-of 10000-01-01", args: ["--as-of", "10000-01-01"], code: 2, stderr: 'iso20k: --as-of must be a date YYYY-MM-DD, not "10000-01-01"\n' },
    { name: "--as-of 2024-02-29, a leap day", args: ["--as-of", "2024-02-29"], code: 0, stderr: "", asOf: "2024-02-29" },
    { name: "--as-of 2000-02-29, a leap day", args: ["--as-of", "2000-02-29"], code: 0, stderr: "", asOf: "2000-02-29" },
    { name: "--as-of 2025-02-29", args: ["--as-of", "2025-02-29"], code: 2, stderr: 'iso20k: --as-of must be a date YYYY-MM-DD, not "2025-02-29"\n' },
    { name: "--as-of 1900-02-29", args: ["--as-of", "1900-02-29"], code: 2, stderr: 'iso20k: --as-of must be a date YYYY-MM-DD, not "1900-02-29"\n' },
  ];

  for (const c of CASES)
    it(`${c.name}: exit ${c.code}`, async () => {
      const result = await runInProcess(["check", EARLY, "--format", "json", "--fail-on", "none", ...(c.args ?? [])], { env: c.env });
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect([result.code, result.stderr]).toEqual([c.code, c.stderr]);
      if (c.asOf) expect(JSON.parse(result.stdout).asOf).toBe(c.asOf);
      else expect(result.stdout).toBe("");
    });

  it("in Chinese too", async () => {
    const result = await runInProcess(["check", EARLY, "--lang", "zh-CN"], { env: { SOURCE_DATE_EPOCH: "253402300800" } });
    expect([result.code, result.stderr]).toEqual([2, "iso20k: `SOURCE_DATE_EPOCH` 253402300800 不是可用的日期：超出了 0001-01-01 至 9999-12-31 的范围\n"]);
  });
});

describe("init --yes flags, held to the schema's rules", () => {
  const NINES = "9".repeat(400);
  const CASES: { name: string; args: string[]; env?: Record<string, string>; code: number; stderr: string; written?: RegExp }[] = [
    { name: "a headcount of 400 digits", args: ["--site", `A; B; ${NINES}`], code: 2, stderr: `iso20k: --site "A; B; ${NINES}": the headcount must be a whole number from 1 to 9007199254740991\n` },
    { name: "a headcount past 2^53", args: ["--site", "A; B; 9007199254740992"], code: 2, stderr: 'iso20k: --site "A; B; 9007199254740992": the headcount must be a whole number from 1 to 9007199254740991\n' },
    { name: "a headcount of 2^53 - 1", args: ["--site", "A; B; 9007199254740991"], code: 0, stderr: "", written: /^ {6}headcount: 9007199254740991$/m },
    { name: "a headcount of 0", args: ["--site", "A; B; 0"], code: 2, stderr: 'iso20k: --site must be "name; address; headcount" with a whole number as headcount, not "A; B; 0"\n' },
    { name: "a headcount of -3", args: ["--site", "A; B; -3"], code: 2, stderr: 'iso20k: --site must be "name; address; headcount" with a whole number as headcount, not "A; B; -3"\n' },
    { name: "--since 0001-01-01", args: ["--since", "0001-01-01"], code: 0, stderr: "", written: /^ {2}startDate: 0001-01-01\b/m },
    { name: "--since 9999-12-31", args: ["--since", "9999-12-31"], code: 0, stderr: "", written: /^ {2}startDate: 9999-12-31\b/m },
    { name: "--since 2024-02-29", args: ["--since", "2024-02-29"], code: 0, stderr: "", written: /^ {2}startDate: 2024-02-29\b/m },
    { name: "--since 2000-02-29", args: ["--since", "2000-02-29"], code: 0, stderr: "", written: /^ {2}startDate: 2000-02-29\b/m },
    { name: "--since 2025-02-29", args: ["--since", "2025-02-29"], code: 2, stderr: 'iso20k: --since must be a date YYYY-MM-DD, not "2025-02-29"\n' },
    { name: "--since 1900-02-29", args: ["--since", "1900-02-29"], code: 2, stderr: 'iso20k: --since must be a date YYYY-MM-DD, not "1900-02-29"\n' },
    { name: "--since 2026-04-31", args: ["--since", "2026-04-31"], code: 2, stderr: 'iso20k: --since must be a date YYYY-MM-DD, not "2026-04-31"\n' },
    { name: "a SOURCE_DATE_EPOCH past 9999", args: [], env: { SOURCE_DATE_EPOCH: "253402300800" }, code: 2, stderr: "iso20k: SOURCE_DATE_EPOCH 253402300800 is not a usable date: it falls outside 0001-01-01 to 9999-12-31\n" },
  ];

  for (const c of CASES)
    it(`${c.name}: exit ${c.code}`, async () => {
      const dir = folder();
      const result = await runInProcess(["init", "--yes", "-o", "sms.yaml", ...c.args], { cwd: dir, env: c.env });
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect([result.code, result.stderr]).toEqual([c.code, c.stderr]);
      if (c.code !== 0) {
        expect(readdirSync(dir)).toEqual([]);
        return;
      }
      expect(readFileSync(join(dir, "sms.yaml"), "utf8")).toMatch(c.written as RegExp);
      // What init promised: a file the schema accepts.
      expect(await runInProcess(["validate", "sms.yaml"], { cwd: dir })).toEqual({ code: 0, stdout: "1 file valid\n", stderr: "" });
    });

  it("in Chinese too", async () => {
    const dir = folder();
    const result = await runInProcess(["init", "--yes", "--lang", "zh-CN", "-o", "sms.yaml", "--site", `A; B; ${NINES}`], { cwd: dir });
    expect([result.code, result.stderr]).toEqual([2, `iso20k: \`--site\`“A; B; ${NINES}”：人数必须是 1 至 9007199254740991 之间的整数\n`]);
  });
});
