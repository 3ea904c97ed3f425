// The ready example written again by other tools (test/fixtures/other-tools/README.md): PyYAML's
// dumper in three styles, and JSON. Each reads as the example does; where YAML 1.1 and 1.2 differ on a
// value, the one finding says where and how to write it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROOT, runInProcess } from "../helpers/cli.js";

const FOLDER = "test/fixtures/other-tools";
const check = (file: string) => runInProcess(["check", file, "--root", "examples/ready", "--as-of", "2026-11-21"]);

/** Exit code, verdict and findings of a check in JSON, of `file` or (`-`) of `stdin`. */
async function summary(file: string, stdin?: string) {
  const args = ["check", file, "--root", "examples/ready", "--as-of", "2026-11-21", "--format", "json"];
  const { code, stdout } = await runInProcess(args, { stdin });
  const report = JSON.parse(stdout);
  return { code, status: report.verdict.status, findings: report.findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId} ${f.severity}`).sort() };
}

describe("SMS files written by other tools", () => {
  it("JSON, indented or on one line, reads as the YAML it was made from: ready, no finding", async () => {
    for (const file of ["json-indented.yaml", "json-compact.yaml"]) expect([file, await summary(`${FOLDER}/${file}`)]).toEqual([file, { code: 0, status: "ready", findings: [] }]);
  });

  for (const [file, line, column] of [
    ["pyyaml-default.yaml", 351, 21],
    ["pyyaml-flow.yaml", 110, 30],
    ["pyyaml-explicit.yaml", 376, 25],
  ] as const)
    it(`${file}: PyYAML's unquoted 08472619, a number in YAML 1.2, is the one finding, at its line; quoted, the file is ready`, async () => {
      const { code, stdout } = await check(`${FOLDER}/${file}`);
      expect(code).toBe(1);
      const problems = stdout.split("\n").filter((row) => row.includes("(schema)"));
      expect(problems).toEqual([`  invalid  organization.legalEntity.registrationId must be a string; write it in quotes: "08472619"  (schema)  ${FOLDER}/${file}:${line}:${column}`]);
      const text = readFileSync(`${ROOT}${FOLDER}/${file}`, "utf8");
      const quoted = text.replace("registrationId: 08472619", 'registrationId: "08472619"');
      expect(quoted).not.toBe(text);
      expect(await summary("-", quoted)).toEqual({ code: 0, status: "ready", findings: [] });
    });
});
