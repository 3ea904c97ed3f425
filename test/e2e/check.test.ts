import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runBinary, runInProcess } from "../helpers/cli.js";

const AS_OF = ["--as-of", "2026-11-21"];
const json = (stdout: string) => JSON.parse(stdout);

describe("iso20k check on the examples", () => {
  it("the ready organisation exits 0 with verdict ready and every mandatory requirement met", () => {
    const result = runBinary(["check", "examples/ready/sms.yaml", ...AS_OF, "--format", "json"]);
    expect(result.code).toBe(0);
    const report = json(result.stdout);
    expect(report.verdict).toEqual({ status: "ready", reasons: [], counts: { prerequisites: 0, majors: 0, uncovered: 0, invalid: 0 } });
    expect(report.overall).toEqual({ applicable: 47, satisfied: 47, weak: 0, ratio: 1 });
    expect(report.dossier.map((d: { state: string }) => d.state)).toEqual(["provided", "provided", "provided", "provided", "provided", "generated", "provided", "provided"]);
    expect(report.findings).toEqual([]);
  });

  it("the early-stage organisation exits 1, not ready, with its prerequisites as reasons", () => {
    const result = runBinary(["check", "examples/early-stage/sms.yaml", ...AS_OF, "--format", "json"]);
    expect(result.code).toBe(1);
    const report = json(result.stdout);
    expect(report.verdict.status).toBe("not-ready");
    // Unmet prerequisites first, in file order, then the counts; none of them is graded or given a clause.
    expect(report.verdict.reasons.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      "application-dossier-incomplete",
      "application-dossier-incomplete",
      "application-dossier-incomplete",
      "legal-entity-evidence-missing",
      "administrative-penalty-recent",
      "sms-operation-too-short",
      "management-review-missing",
      "internal-audit-missing",
      "major-nonconformities",
      "uncovered-requirements",
    ]);
    expect(report.findings.filter((f: any) => f.category === "prerequisite").every((f: any) => f.clause === undefined)).toBe(true);
    // The penalty (2026-05-10) lies in the year before the SMS was established (2026-10-01): no date clears it.
    expect(report.verdict.earliestApplicationDate).toBeUndefined();
    const brief = report.findings.map((f: any) => `${f.line}:${f.column} ${f.ruleId} ${f.requirementId ?? ""}`.trim());
    // Three core requirements have no document in force: the three months cannot start yet.
    expect(brief).toContain("43:1 sms-operation-too-short");
    expect(brief).toContain("101:15 evidence-missing");
    expect(brief).toContain("84:21 document-review-overdue change-management-policy");
    expect(brief).toContain("30:7 service-sla-missing service-level-agreements");
    expect(brief).toContain("43:1 required-document-missing internal-agreements");
  });

  it("--fail-on none exits 0 on the same gaps", () => {
    expect(runBinary(["check", "examples/early-stage/sms.yaml", ...AS_OF, "--fail-on", "none"]).code).toBe(0);
  });

  it("the Chinese organisation fails on its two major gaps and reads in Chinese", async () => {
    const result = await runInProcess(["check", "examples/zh-cn/sms.yaml", ...AS_OF, "--format", "json", "--lang", "zh-CN"]);
    expect(result.code).toBe(1);
    const report = json(result.stdout);
    expect(report.verdict.reasons).toEqual([
      { ruleId: "major-nonconformities", message: "须关闭 2 项严重不符合" },
      { ruleId: "uncovered-requirements", message: "有 4 项强制要求未被生效的文件或现行记录覆盖" },
    ]);
    // A capacity plan still in review covers nothing: major, as the missing continuity test reports.
    const major = report.findings.filter((f: any) => f.severity === "major");
    expect(major.map((f: any) => [f.ruleId, f.requirementId, f.message])).toEqual([
      ["requirement-not-covered", "capacity-plan", "“容量需求和计划”仅依赖文件 HX-RL-01，而该文件仍在评审中，尚无任何文件生效"],
      ["required-document-missing", "continuity-test-reports", "未保存强制要求的记录“连续性测试报告”"],
    ]);
  });

  it("--fail-on minor fails the ready organisation only if it has minor findings: it has none", () => {
    expect(runBinary(["check", "examples/ready/sms.yaml", ...AS_OF, "--fail-on", "observation"]).code).toBe(0);
  });
});

describe("iso20k check, determinism and output files", () => {
  it("gives byte-identical output for the same input and --as-of, in process and as a binary", async () => {
    const args = ["check", "examples/early-stage/sms.yaml", ...AS_OF, "--format", "json"];
    const first = runBinary(args).stdout;
    expect(runBinary(args).stdout).toBe(first);
    expect((await runInProcess(args)).stdout).toBe(first);
  });

  it("takes --as-of from SOURCE_DATE_EPOCH when not given", () => {
    const result = runBinary(["check", "examples/ready/sms.yaml", "--format", "json"], { env: { SOURCE_DATE_EPOCH: "1795219200" } });
    expect(json(result.stdout).asOf).toBe("2026-11-21");
  });

  it("writes -o atomically and leaves the input untouched", () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-out-"));
    const input = readFileSync(join(ROOT, "examples/early-stage/sms.yaml"));
    const result = runBinary(["check", "examples/early-stage/sms.yaml", ...AS_OF, "--format", "sarif", "-o", join(folder, "out.sarif")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(json(readFileSync(join(folder, "out.sarif"), "utf8")).version).toBe("2.1.0");
    expect(readFileSync(join(ROOT, "examples/early-stage/sms.yaml"))).toEqual(input);
  });

  it("makes the folder -o names when it is missing", () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-out-"));
    const result = runBinary(["check", "examples/ready/sms.yaml", ...AS_OF, "--format", "json", "-o", join(folder, "reports", "2026", "check.json")]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    expect(json(readFileSync(join(folder, "reports", "2026", "check.json"), "utf8")).asOf).toBe("2026-11-21");
    expect(readdirSync(join(folder, "reports", "2026"))).toEqual(["check.json"]);
  });

  const refusals: { name: string; args: string[]; stderr: RegExp }[] = [
    { name: "-o naming the input file", args: ["-o", "examples/ready/sms.yaml"], stderr: /refusing to write examples\/ready\/sms\.yaml: it is one of the input files/ },
    { name: "-o below a file", args: ["-o", "package.json/out.json"], stderr: /cannot write package\.json\/out\.json: package\.json is a file, not a folder/ },
    { name: "an invalid --as-of", args: ["--as-of", "2026-02-30"], stderr: /--as-of must be a date YYYY-MM-DD, not "2026-02-30"/ },
    { name: "an unknown format", args: ["--format", "pdf"], stderr: /^iso20k: --format pdf: no such format; choose from stylish, json, junit, sarif, github, markdown, codequality, each optionally with :file\n$/ },
    { name: "two formats on stdout", args: ["--format", "json", "--format", "github"], stderr: /^iso20k: only one format can go to standard output \(json, github\); give the others a file/ },
    { name: "two formats into one file", args: ["--format", "json:out.json", "--format", "sarif:./out.json"], stderr: /^iso20k: \.\/out\.json is named by two formats \(json, sarif\)\n$/ },
    { name: "-o when every format names its file", args: ["--format", "sarif:out.sarif", "-o", "x.json"], stderr: /^iso20k: -o x\.json: every --format names its own file/ },
    { name: "a --root that does not exist", args: ["--root", "nowhere"], stderr: /--root nowhere is not a folder/ },
  ];
  for (const r of refusals)
    it(`exits 2 on ${r.name}, writing nothing`, () => {
      const result = runBinary(["check", "examples/ready/sms.yaml", ...AS_OF, ...r.args]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(r.stderr);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
});

describe("iso20k check --baseline", () => {
  it("marks new and unchanged findings, lists the fixed ones, and --fail-on-new fails only on new ones", () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-baseline-"));
    cpSync(join(ROOT, "examples/early-stage"), folder, { recursive: true });
    const sms = join(folder, "sms.yaml");
    const baseline = join(folder, "baseline.json");
    writeFileSync(baseline, runBinary(["check", sms, ...AS_OF, "--format", "json"]).stdout);

    // Fix the overdue review date of CC-05 and drop the Dublin site's headcount: one fixed, one new.
    const text = readFileSync(sms, "utf8");
    const edited = text.replace("nextReviewDate: 2026-06-30", "nextReviewDate: 2027-06-30").replace("\n      headcount: 24", "");
    expect(edited).not.toBe(text);
    writeFileSync(sms, edited);

    const result = runBinary(["check", sms, ...AS_OF, "--format", "json", "--baseline", baseline, "--fail-on", "minor", "--fail-on-new"]);
    const report = json(result.stdout);
    expect(report.fixed.map((f: any) => f.ruleId)).toEqual(["document-review-overdue"]);
    const fresh = report.findings.filter((f: any) => f.baseline === "new");
    expect(fresh.map((f: any) => [f.ruleId, f.message])).toEqual([["site-incomplete", "site Dublin office lacks headcount"]]);
    expect(report.findings.filter((f: any) => f.baseline === "unchanged").length).toBe(report.findings.length - 1);
    expect(result.code).toBe(1);

    // With only a major threshold, the new minor finding does not fail the run.
    const lenient = runBinary(["check", sms, ...AS_OF, "--baseline", baseline, "--fail-on-new"]);
    expect(lenient.code).toBe(0);
  });
});

describe("iso20k check --min-grade", () => {
  const EARLY = "examples/early-stage/sms.yaml";
  const nonconformities = async (severity: string) =>
    json((await runInProcess(["check", EARLY, ...AS_OF, "--format", "json"])).stdout).findings.filter((f: any) => f.category === "nonconformity" && f.severity === severity).length;

  it("hides lower grades from the terminal list only, says how many, and leaves the exit code alone", async () => {
    const [minors, observations] = [await nonconformities("minor"), await nonconformities("observation")];
    expect(minors).toBeGreaterThan(1);
    expect(observations).toBeGreaterThan(1);
    const everything = await runInProcess(["check", EARLY, ...AS_OF]);
    const majors = await runInProcess(["check", EARLY, ...AS_OF, "--min-grade", "major"]);
    expect([everything.code, majors.code]).toEqual([1, 1]);
    expect(everything.stdout).not.toContain("not shown");
    expect(majors.stdout).toContain(`\n${minors} minor nonconformities, ${observations} observations not shown; --min-grade observation shows them\n`);
    expect(majors.stdout).not.toMatch(/^ {2}(minor|observation) /m);
    // The counts above the list are of every finding.
    const counts = (stdout: string) => stdout.split("\n").find((l) => /^ {2}\d+ findings:/.test(l));
    expect(counts(majors.stdout)).toBe(counts(everything.stdout));
    expect((await runInProcess(["check", EARLY, ...AS_OF, "--min-grade", "minor"])).stdout).toContain(`\n${observations} observations not shown; --min-grade observation shows them\n`);
  });

  it("is independent of --fail-on, and other formats ignore it", async () => {
    expect((await runInProcess(["check", EARLY, ...AS_OF, "--min-grade", "major", "--fail-on", "none"])).code).toBe(0);
    expect((await runInProcess(["check", "examples/ready/sms.yaml", ...AS_OF, "--min-grade", "major", "--fail-on", "observation"])).code).toBe(0);
    for (const format of ["json", "github"]) {
      const all = await runInProcess(["check", EARLY, ...AS_OF, "--format", format]);
      expect((await runInProcess(["check", EARLY, ...AS_OF, "--format", format, "--min-grade", "major"])).stdout, format).toBe(all.stdout);
    }
  });

  it("says the hidden count in Chinese with --lang zh-CN", async () => {
    const zh = await runInProcess(["check", EARLY, ...AS_OF, "--lang", "zh-CN", "--min-grade", "minor"]);
    expect(zh.stdout).toContain(`\n观察项 ${await nonconformities("observation")} 项未显示；使用 --min-grade observation 可显示全部\n`);
  });

  it("refuses an unknown grade in one line with exit 2", async () => {
    const result = await runInProcess(["check", EARLY, ...AS_OF, "--min-grade", "severe"]);
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).toMatch(/^error: option '--min-grade <grade>' argument 'severe' is invalid\. Allowed choices are major, minor, observation\.\n$/);
  });
});
