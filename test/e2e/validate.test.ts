import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBinary, runInProcess, type CliResult } from "../helpers/cli.js";

interface Case {
  name: string;
  args: string[];
  code: number;
  stdout?: string;
  stderr?: RegExp;
}

const BROKEN = "test/fixtures/validate/broken-schema.yaml";

const cases: Case[] = [
  {
    name: "a file with schema errors: every error at its line and column",
    args: ["validate", BROKEN],
    code: 1,
    stdout: [
      `${BROKEN}:4:21  error  organization.legalEntity.registrationId must be a string; write it in quotes: "91310000123456789"  (schema)`,
      `${BROKEN}:9:24  error  scope.businessCategories[0]: unknown business category "04.09"  (scope-category-unknown)`,
      `${BROKEN}:11:14  error  sms.startDate must be a calendar date YYYY-MM-DD, not "2026-02-30"  (schema)`,
      `${BROKEN}:15:17  error  documents[0].satisfies[0]: unknown requirement id "chnage-management-policy"; did you mean "change-management-policy"?  (schema)`,
      `${BROKEN}:16:14  error  documents[0].version must be a string; write it in quotes: "1.10"  (schema)`,
      `${BROKEN}:17:13  error  documents[0].status must be one of draft, in-review, approved, retired  (schema)`,
      `${BROKEN}:18:12  error  documents[0].owner must not be empty  (schema)`,
      `${BROKEN}:19:5  error  documents[1] is missing required property "title"  (schema)`,
      `${BROKEN}:20:5  error  documents[1] has unknown property "titel"; did you mean "title"?  (schema)`,
      `${BROKEN}:21:28  error  documents[1].satisfies repeats item 0 of the same list  (schema)`,
      `${BROKEN}:23:5  error  waivers[0]: a waiver must name a rule, a requirement, or both  (schema)`,
      "",
      "11 problems in 1 file",
      "",
    ].join("\n"),
  },
  {
    // Written by a tool that tags values (as SnakeYAML does): the fix is the tag, not the value.
    name: "a value a YAML tag turns into another type: the tag named",
    args: ["validate", "test/fixtures/validate/tagged-values.yaml"],
    code: 1,
    stdout: [
      "test/fixtures/validate/tagged-values.yaml:4:30  error  organization.legalEntity.registrationId carries the YAML tag !!binary, which turns it into a type this field does not take; remove the tag  (schema)",
      "test/fixtures/validate/tagged-values.yaml:10:26  error  sms.startDate carries the YAML tag !!timestamp, which turns it into a type this field does not take; remove the tag  (schema)",
      "test/fixtures/validate/tagged-values.yaml:14:22  error  documents[0].satisfies carries the YAML tag !!set, which turns it into a type this field does not take; remove the tag  (schema)",
      "",
      "3 problems in 1 file",
      "",
    ].join("\n"),
  },
  {
    name: "a duplicate key stops validation at the key",
    args: ["validate", "test/fixtures/validate/duplicate-key.yaml"],
    code: 1,
    stdout: [
      "test/fixtures/validate/duplicate-key.yaml:3:3  error  duplicate key: each key may appear only once in a mapping  (yaml-duplicate-key)",
      "",
      "1 problem in 1 file",
      "",
    ].join("\n"),
  },
  { name: "an unknown flag", args: ["validate", "--bogus", BROKEN], code: 2, stderr: /unknown option '--bogus'/ },
  { name: "no file argument", args: ["validate"], code: 2, stderr: /missing required argument 'file'/ },
  { name: "a file that does not exist", args: ["validate", "nope.yaml"], code: 2, stderr: /^iso20k: cannot read nope\.yaml: no such file\n$/ },
  { name: "a directory instead of a file", args: ["validate", "test"], code: 2, stderr: /^iso20k: test is a directory, not a file\n$/ },
  {
    name: "a file over the size limit",
    args: ["validate", "--max-size", "0.0001", BROKEN],
    code: 2,
    stderr: /over the limit of 105 bytes; raise it with --max-size/,
  },
  { name: "an unknown command", args: ["frobnicate"], code: 2, stderr: /unknown command 'frobnicate'/ },
];

function expectCase(result: CliResult, c: Case) {
  expect(result.code).toBe(c.code);
  if (c.stdout !== undefined) expect(result.stdout).toBe(c.stdout);
  if (c.stderr !== undefined) expect(result.stderr).toMatch(c.stderr);
  expect(result.stderr).not.toMatch(/\n\s+at /); // never a stack trace
}

describe("iso20k validate, in-process", () => {
  for (const c of cases) it(c.name, async () => expectCase(await runInProcess(c.args), c));
});

describe("iso20k validate, built binary", () => {
  for (const c of cases) it(c.name, () => expectCase(runBinary(c.args), c));

  it("prints JSON with --format json", () => {
    const result = runBinary(["validate", "--format", "json", BROKEN]);
    const json = JSON.parse(result.stdout);
    expect(json.valid).toBe(false);
    expect(json.files[0].findings[0]).toMatchObject({ ruleId: "schema", line: 4, column: 21, pointer: "/organization/legalEntity/registrationId" });
  });
});

describe("iso20k validate on a gap assessment", () => {
  it("recognises one by its keys and checks it against its own schema, at line and column", async () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-validate-gap-"));
    writeFileSync(join(folder, "gap.yaml"), 'assessment:\n  assessor: Ann\n  date: 2026-11-10\nitems:\n  - clause: "8.6.3"\n    status: great\n');
    const bad = await runInProcess(["validate", "gap.yaml"], { cwd: folder });
    expect([bad.code, bad.stdout.split("\n")[0]]).toEqual([1, "gap.yaml:6:13  error  items[0].status must be one of not-assessed, not-addressed, initial, inconsistent, conforming, not-applicable  (schema)"]);
    const good = await runInProcess(["validate", "examples/early-stage/gap-assessment.yaml", "examples/zh-cn/gap-assessment.yaml", "examples/ready/gap-assessment.yaml"]);
    expect([good.code, good.stdout]).toEqual([0, "3 files valid\n"]);
  });
});
