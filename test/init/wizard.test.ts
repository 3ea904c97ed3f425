import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { CANCEL, DEFAULT, scriptedPrompter, type ScriptedPrompter, type ScriptedStep } from "../../src/init/scripted-prompter.js";
import { SMS_SCHEMA_ID } from "../../src/validate/sms-schema.js";
import { ROOT, runInProcess } from "../helpers/cli.js";

interface InitRun {
  code: number;
  stdout: string;
  stderr: string;
  folder: string;
  prompter: ScriptedPrompter;
}

/** Runs `iso20k init` in-process in a fresh folder, answering from `steps`; today is 2026-11-21. */
async function init(args: string[], steps: ScriptedStep[] = [], options: { tty?: boolean; folder?: string; env?: Record<string, string> } = {}): Promise<InitRun> {
  const folder = options.folder ?? mkdtempSync(join(tmpdir(), "iso20k-init-"));
  const prompter = scriptedPrompter(steps);
  let stdout = "";
  let stderr = "";
  const code = await run(["init", ...args], {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: { NO_COLOR: "1", ...options.env },
    cwd: folder,
    now: () => new Date("2026-11-21T12:00:00Z"),
    stdinIsTTY: options.tty ?? true,
    prompter,
  });
  return { code, stdout, stderr, folder, prompter };
}

async function check(folder: string, file = "sms.yaml", asOf = "2026-11-21") {
  const result = await runInProcess(["check", file, "--as-of", asOf, "--format", "json", "--fail-on", "none"], { cwd: folder });
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout) as { valid: boolean; findings: { ruleId: string; messageId: string; requirementId?: string; severity: string }[] };
}

const missingIds = (report: Awaited<ReturnType<typeof check>>) =>
  report.findings.filter((f) => f.ruleId === "required-document-missing").map((f) => f.requirementId as string).sort();

/** Requirement ids of the commented-out stubs in a written file. */
function stubbedRequirements(text: string): string[] {
  const ids = [...text.matchAll(/^ *# +satisfies: \[([a-z0-9-]+)\]/gm)].map((m) => m[1]);
  if (/^ *# +internalAudits:/m.test(text)) ids.push("internal-audit-results");
  if (/^ *# +managementReviews:/m.test(text)) ids.push("management-review-results");
  return ids.sort();
}

/** A consultant's answers for a young SMS: two sites, two services, three existing items, an audit but no review. */
const NORTHWIND: ScriptedStep[] = [
  ["organization.name", "Northwind Managed Services Ltd"],
  ["organization.registrationId", "08472619"],
  ["site.name", "Reading head office"],
  ["site.address", "Unit 4, Thames Valley Park, Reading"],
  ["site.headcount", 46],
  ["site.name", "Leeds office"],
  ["site.address", ""],
  ["site.headcount", undefined],
  ["site.name", ""],
  ["scope.statement", "Service desk and infrastructure operations from Reading and Leeds."],
  ["service.name", "Service desk"],
  ["service.name", "Infrastructure operations"],
  ["service.name", ""],
  ["scope.businessCategories", ["04.02", "06.04"]],
  ["sms.startDate", "2026-10-01"],
  ["sms.managementRepresentative", "Helen Carter"],
  ["documents.existing", ["service-management-policy", "change-management-policy", "incident-records"]],
  ["document.owner", "Helen Carter"],
  ["document.status", "approved"],
  ["document.owner", "Change Manager"],
  ["document.status", DEFAULT],
  ["register.owner", DEFAULT],
  ["internalAudit.held", true],
  ["internalAudit.date", "2026-11-10"],
  ["managementReview.held", false],
];

describe("iso20k init, interactive", () => {
  it("writes a valid file whose gaps are the ones the answers imply, and prints the next command", async () => {
    const result = await init([], NORTHWIND);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.prompter.remaining()).toEqual([]);
    expect(result.stdout).toBe(
      "Wrote sms.yaml: 2 document(s), 1 register(s); 38 mandatory document(s) and record(s) still to do, commented out in the file.\nNext: iso20k check sms.yaml\n",
    );

    const validated = await runInProcess(["validate", "sms.yaml"], { cwd: result.folder });
    expect(validated.code).toBe(0);

    const report = await check(result.folder);
    expect(report.valid).toBe(true);
    const rules = new Set(report.findings.map((f) => f.ruleId));
    expect(rules).toContain("sms-operation-too-short");
    expect(rules).toContain("management-review-missing");
    // The audit was answered with a date but no report file: it does not count yet.
    expect(report.findings.filter((f) => f.ruleId === "internal-audit-missing").map((f) => f.messageId)).toEqual(["rule.internal-audit-missing.noReport"]);
    const missing = missingIds(report);
    for (const ticked of ["service-management-policy", "change-management-policy", "incident-records", "internal-audit-results"]) expect(missing).not.toContain(ticked);
    // Audit and review results are judged by the prerequisites, not listed as missing documents.
    expect(missing).not.toContain("management-review-results");
    const text = readFileSync(join(result.folder, "sms.yaml"), "utf8");
    expect(stubbedRequirements(text)).toEqual(missing);
    expect(missing).toHaveLength(38);
  });

  it("writes what was answered where the schema expects it", async () => {
    const { folder } = await init([], NORTHWIND);
    const text = readFileSync(join(folder, "sms.yaml"), "utf8");
    // Outside a project that installs iso20k, the schema line is the schema's URL, never a path into this copy of iso20k
    // (test/editor/modeline.test.ts has the other cases).
    expect(text.split("\n")[0]).toBe(`# yaml-language-server: $schema=${SMS_SCHEMA_ID}`);
    expect(text).toContain(
      [
        "organization:",
        "  name: Northwind Managed Services Ltd",
        "  legalEntity:",
        '    registrationId: "08472619"',
      ].join("\n"),
    );
    expect(text).toContain(["    - name: Leeds office", "      # to do: address, headcount"].join("\n"));
    expect(text).toContain(
      [
        "  - id: DOC-01",
        "    title: Service management policy",
        "    satisfies: [service-management-policy]   # 5.2.1",
        "    owner: Helen Carter",
        "    status: approved",
        "    # to do: version, approvalDate, nextReviewDate, evidence",
        "  - id: DOC-02",
        "    title: Change management policy",
        "    satisfies: [change-management-policy]   # 8.5.1.1",
        "    owner: Change Manager",
        "    status: draft",
      ].join("\n"),
    );
    // An owner carries over as the default for the next item.
    expect(text).toContain(["      satisfies: [incident-records]   # 8.6.1", "      owner: Change Manager"].join("\n"));
    expect(text).toContain(["    - id: IA-2026-01", "      date: 2026-11-10", "      status: completed", '      clauses: ["4", "5", "6", "7", "8", "9", "10"]'].join("\n"));
  });

  it("asks in order, lists the requirements grouped by clause with mandatory ones first, and leaves out what is asked elsewhere", async () => {
    let offered: unknown[] = [];
    const { prompter } = await init([], NORTHWIND);
    expect(prompter.asked.map((q) => q.name)).toEqual(NORTHWIND.map(([name]) => name));
    const spy = scriptedPrompter(NORTHWIND);
    const checkbox = spy.checkbox.bind(spy);
    spy.checkbox = async (q) => {
      if (q.name === "documents.existing") offered = q.choices.map((c) => ("separator" in c ? c.separator : (c.value as string)));
      return checkbox(q);
    };
    const folder = mkdtempSync(join(tmpdir(), "iso20k-init-"));
    await run(["init"], { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: folder, now: () => new Date("2026-11-21T12:00:00Z"), stdinIsTTY: true, prompter: spy });
    expect(offered.slice(0, 7)).toEqual([
      "── 4 Context of the organization ──",
      "sms-scope",
      "sms-processes",
      "context-issues",
      "interested-party-requirements",
      "── 5 Leadership ──",
      "service-management-policy",
    ]);
    expect(offered).not.toContain("internal-audit-results");
    expect(offered).not.toContain("management-review-results");
    expect(offered.filter((o) => typeof o === "string" && o.startsWith("──"))).toHaveLength(7);
  });

  it("asks again when an answer is not acceptable", async () => {
    const steps: ScriptedStep[] = [
      ["organization.name", "   "],
      ["organization.name", "Contoso"],
      ["organization.registrationId", ""],
      ["site.name", "Dublin"],
      ["site.address", ""],
      ["site.headcount", 0],
      ["site.headcount", 24],
      ["site.name", ""],
      ["scope.statement", ""],
      ["service.name", ""],
      ["scope.businessCategories", []],
      ["sms.startDate", "2026-02-30"],
      ["sms.startDate", "1.10.2026"],
      ["sms.startDate", DEFAULT],
      ["sms.managementRepresentative", ""],
      ["documents.existing", []],
      ["internalAudit.held", true],
      ["internalAudit.date", "2026-12-01"],
      ["internalAudit.date", "2026-11-21"],
      ["managementReview.held", DEFAULT],
    ];
    const result = await init([], steps);
    expect(result.code).toBe(0);
    expect(result.prompter.rejected.map((r) => [r.name, r.answer, r.reason])).toEqual([
      ["organization.name", "   ", "this cannot be empty"],
      ["site.headcount", 0, "enter a whole number of at least 1, or leave it empty"],
      ["sms.startDate", "2026-02-30", "enter a date as YYYY-MM-DD, e.g. 2026-03-02"],
      ["sms.startDate", "1.10.2026", "enter a date as YYYY-MM-DD, e.g. 2026-03-02"],
      ["internalAudit.date", "2026-12-01", "that is after today (2026-11-21); enter the day it was held"],
    ]);
    const text = readFileSync(join(result.folder, "sms.yaml"), "utf8");
    // The start date defaults to today; --since would change the default.
    expect(text).toContain("  startDate: 2026-11-21   #");
    expect(text).toContain("      headcount: 24\n");
    const report = await check(result.folder);
    expect(report.findings.map((f) => f.ruleId)).toContain("sms-operation-too-short");
    expect(stubbedRequirements(text)).toEqual(missingIds(report));
  });

  it("offers flags as defaults and adds to the lists they start", async () => {
    const steps: ScriptedStep[] = [
      ["organization.name", DEFAULT],
      ["organization.registrationId", DEFAULT],
      ["site.name", ""],
      ["scope.statement", DEFAULT],
      ["service.name", "Managed backup"],
      ["service.name", ""],
      ["scope.businessCategories", DEFAULT],
      ["sms.startDate", DEFAULT],
      ["sms.managementRepresentative", DEFAULT],
      ["documents.existing", []],
      ["internalAudit.held", false],
      ["managementReview.held", false],
    ];
    const flags = ["--org", "Contoso Cloud", "--registration-id", "IE-684213", "--site", "Dublin; 2 Grand Canal Square; 24", "--service", "Cloud hosting", "--category", "N", "--since", "2026-10-01", "--representative", "Aoife Brennan"];
    const result = await init(flags, steps);
    expect(result.code).toBe(0);
    const text = readFileSync(join(result.folder, "sms.yaml"), "utf8");
    for (const line of ["  name: Contoso Cloud", '    registrationId: "IE-684213"', "    - name: Dublin", "      headcount: 24", "      name: Cloud hosting", "      name: Managed backup", '  businessCategories: ["04.03"]', "  startDate: 2026-10-01", "  managementRepresentative: Aoife Brennan"])
      expect(text).toContain(`${line}`);
    expect(result.prompter.asked[0]).toEqual({ name: "organization.name", message: "Registered name of the organisation:" });
    expect(result.prompter.asked[2].message).toBe("Another site, its name (leave empty when done):");
  });

  it("speaks Chinese with --lang zh-CN, in the questions, the file and the hint", async () => {
    const result = await init(["--lang", "zh-CN"], NORTHWIND.map(([name, answer]) => (name === "organization.name" ? [name, "华信智联运维服务有限公司"] : [name, answer])));
    expect(result.code).toBe(0);
    expect(result.prompter.asked.slice(0, 2).map((q) => q.message)).toEqual(["组织的注册名称：", "统一社会信用代码（或其他注册号），可留空："]);
    expect(result.prompter.asked.find((q) => q.name === "document.status")?.message).toBe("服务管理方针：状态：");
    expect(result.stdout).toContain("下一步：iso20k check sms.yaml --lang zh-CN\n");
    const text = readFileSync(join(result.folder, "sms.yaml"), "utf8");
    expect(text).toContain("# 服务管理体系描述：华信智联运维服务有限公司，由 iso20k init 于 2026-11-21 生成。");
    expect(text).toContain("    title: 变更管理方针\n");
    expect(text).toContain("# 待办，尚未列出的必需文件");
    expect((await check(result.folder)).valid).toBe(true);
  });

  it("leaves out --lang from the hint when ISO20K_LANG already asks for Chinese", async () => {
    const result = await init([], NORTHWIND, { env: { ISO20K_LANG: "zh-CN" } });
    expect(result.stdout).toContain("下一步：iso20k check sms.yaml\n");
  });

  it("on Ctrl-C writes nothing, leaves no temporary file and exits 130 with one line", async () => {
    const cancelAt = NORTHWIND.findIndex(([name]) => name === "internalAudit.held");
    const steps: ScriptedStep[] = [...NORTHWIND.slice(0, cancelAt), ["internalAudit.held", CANCEL]];
    const result = await init(["-o", "client.yaml"], steps);
    expect(result.code).toBe(130);
    expect(result.stderr).toBe("iso20k: cancelled; no file was written\n");
    expect(result.stdout).toBe("");
    expect(readdirSync(result.folder)).toEqual([]);
  });
});

describe("iso20k init --scan, interactive", () => {
  it("offers what the scan found, all ticked; what is kept is not offered again and gets an owner and status", async () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-init-"));
    const client = join(ROOT, "test/fixtures/scan/client");
    let proposals: string[] = [];
    const steps: ScriptedStep[] = [
      ["organization.name", "Northwind"],
      ["organization.registrationId", ""],
      ["site.name", ""],
      ["scope.statement", ""],
      ["service.name", ""],
      ["scope.businessCategories", []],
      ["sms.startDate", "2026-03-02"],
      ["sms.managementRepresentative", ""],
      // Keep all but the Chinese change procedure (index 4 in path order).
      ["scan.accept", [0, 1, 2, 3, 5, 6]],
      ["documents.existing", ["service-catalogue"]],
      ["document.owner", "Capacity Manager"],
      ["document.status", "approved"],
      ["document.owner", "Change Manager"],
      ["document.status", DEFAULT],
      ["document.owner", "Service Level Manager"],
      ["document.status", DEFAULT],
      ["document.owner", "CISO"],
      ["document.status", DEFAULT],
      ["document.owner", "Helen Carter"],
      ["document.status", DEFAULT],
      ["register.owner", "Service Desk Manager"],
      ["document.owner", DEFAULT],
      ["document.status", DEFAULT],
      ["internalAudit.held", false],
      ["managementReview.held", false],
    ];
    const prompter = scriptedPrompter(steps);
    const checkbox = prompter.checkbox.bind(prompter);
    let offered: unknown[] = [];
    prompter.checkbox = async (q) => {
      if (q.name === "scan.accept") proposals = q.choices.map((c) => ("name" in c ? `${c.checked} ${c.name}` : ""));
      if (q.name === "documents.existing") offered = q.choices.map((c) => ("value" in c ? c.value : ""));
      return checkbox(q);
    };
    let stderr = "";
    const code = await run(["init", "--scan", client, "-o", join(folder, "sms.yaml")], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s) },
      env: {},
      cwd: folder,
      now: () => new Date("2026-11-21T12:00:00Z"),
      stdinIsTTY: true,
      prompter,
    });
    expect(code).toBe(0);
    expect(prompter.remaining()).toEqual([]);
    expect(stderr).toContain("iso20k: scanned 9 files in");
    expect(stderr).toContain("is not inside the folder of");
    expect(proposals).toEqual([
      "true Capacity Plan_1.0.docx  →  Capacity requirements and plan  (1.0)",
      "true Change Management Policy v2.pdf  →  Change management policy  (2)",
      "true SLA - Service Desk V1.3.docx  →  Service level agreements  (1.3)",
      "true 信息安全方针_版本2.1.docx  →  Information security policy  (2.1)",
      "true 变更管理程序.docx  →  Change management policy",
      "true policies/service-management.md  →  Service management policy",
      "true records/Incident Log 2026.xlsx  →  Incident records",
    ]);
    for (const found of ["capacity-plan", "change-management-policy", "service-level-agreements", "information-security-policy", "incident-records"]) expect(offered).not.toContain(found);
    expect(offered).toContain("service-catalogue");

    const text = readFileSync(join(folder, "sms.yaml"), "utf8");
    const evidence = relative(folder, client);
    expect(text).toContain(
      [
        "  - id: DOC-01",
        "    title: Capacity Plan",
        "    satisfies: [capacity-plan]   # 8.4.3",
        "    owner: Capacity Manager",
        '    version: "1.0"',
        "    status: approved",
        `    evidence: ${evidence}/Capacity Plan_1.0.docx`,
        "    # to do: approvalDate, nextReviewDate",
      ].join("\n"),
    );
    expect(text).not.toContain("变更管理程序.docx");
    expect(text).toContain("    title: Service catalogue\n");
    expect(text).toContain(`#   ${evidence}/notes/random.txt\n`);
    const report = await check(folder);
    expect(report.valid).toBe(true);
    expect(missingIds(report)).toEqual(stubbedRequirements(text));
    expect(missingIds(report)).not.toContain("service-catalogue");
  });
});

describe("iso20k init --yes", () => {
  it("asks nothing, takes the flags and the scan, and writes a file check agrees with", async () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-init-"));
    const args = ["--yes", "--org", "Contoso", "--service", "Cloud hosting", "--category", "04.03", "--since", "2026-10-01", "--scan", join(ROOT, "test/fixtures/scan/client")];
    const result = await init(args, [], { folder, tty: false });
    expect(result.code).toBe(0);
    expect(result.prompter.asked).toEqual([]);
    const text = readFileSync(join(folder, "sms.yaml"), "utf8");
    expect(text.match(/^  - id: DOC-/gm)).toHaveLength(6);
    expect(text.match(/^    - id: REG-/gm)).toHaveLength(1);
    const report = await check(folder, "sms.yaml", "2026-11-21");
    expect(report.findings.map((f) => f.ruleId)).toContain("sms-operation-too-short");
    expect(missingIds(report)).toEqual(stubbedRequirements(text));
    // Three months later the time bar alone would have passed, but the scanned documents are drafts:
    // nothing has been issued to operate by, so the operation prerequisite is still not met.
    const later = await check(folder, "sms.yaml", "2027-01-02");
    expect(later.findings.filter((f) => f.ruleId === "sms-operation-too-short").map((f) => f.messageId)).toEqual(["rule.sms-operation-too-short.notDocumented"]);
  });

  it("without flags writes a valid skeleton for a placeholder organisation", async () => {
    const result = await init(["--yes"], [], { tty: false });
    expect(result.code).toBe(0);
    const text = readFileSync(join(result.folder, "sms.yaml"), "utf8");
    expect(text).toContain("  name: Your organisation\n");
    expect(text).toContain("  startDate: 2026-11-21   #");
    expect((await check(result.folder)).valid).toBe(true);
  });

  it.each([
    [["--since", "2026-02-30"], 'iso20k: --since must be a date YYYY-MM-DD, not "2026-02-30"\n'],
    [["--category", "99.99"], 'iso20k: --category: unknown business category "99.99"; iso20k catalog lists them (a number such as 04.02 or a letter such as M)\n'],
    [["--site", "HQ; Main Street; many"], 'iso20k: --site must be "name; address; headcount" with a whole number as headcount, not "HQ; Main Street; many"\n'],
    [["--scan", "no-such-folder"], "iso20k: --scan no-such-folder is not a folder\n"],
  ])("refuses %j with one line and exit 2, writing nothing", async (flags, message) => {
    const result = await init(["--yes", ...flags], [], { tty: false });
    expect([result.code, result.stderr]).toEqual([2, message]);
    expect(readdirSync(result.folder)).toEqual([]);
  });
});

describe("iso20k init, refusals", () => {
  it("without a terminal and without --yes asks nothing and exits 2, pointing at --yes", async () => {
    const result = await init([], [], { tty: false });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "iso20k: init asks questions, but stdin is not a terminal; run it with --yes (and flags such as --org, --service, --since) to write the file without asking\n",
    );
    expect(result.prompter.asked).toEqual([]);
    expect(existsSync(join(result.folder, "sms.yaml"))).toBe(false);
  });

  it("never overwrites an existing file without --force, and asks nothing before saying so", async () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-init-"));
    writeFileSync(join(folder, "sms.yaml"), "keep me\n");
    const refused = await init([], [], { folder });
    expect([refused.code, refused.stderr]).toEqual([2, "iso20k: sms.yaml already exists; use --force to overwrite it, or -o to write another file\n"]);
    expect(refused.prompter.asked).toEqual([]);
    expect(readFileSync(join(folder, "sms.yaml"), "utf8")).toBe("keep me\n");

    const forced = await init(["--force"], NORTHWIND, { folder });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(folder, "sms.yaml"), "utf8")).toContain("Northwind Managed Services Ltd");
    expect(readdirSync(folder)).toEqual(["sms.yaml"]);
  });

  it("does not overwrite a file that appeared while the questions were answered", async () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-init-"));
    const steps = NORTHWIND.map(([name, answer]): ScriptedStep => (name === "managementReview.held" ? [name, false] : [name, answer]));
    const prompter = scriptedPrompter(steps);
    const confirm = prompter.confirm.bind(prompter);
    prompter.confirm = async (q) => {
      if (q.name === "managementReview.held") writeFileSync(join(folder, "sms.yaml"), "written meanwhile\n");
      return confirm(q);
    };
    let stderr = "";
    const code = await run(["init"], { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: {}, cwd: folder, now: () => new Date(), stdinIsTTY: true, prompter });
    expect([code, stderr]).toEqual([2, "iso20k: sms.yaml already exists; use --force to overwrite it, or -o to write another file\n"]);
    expect(readFileSync(join(folder, "sms.yaml"), "utf8")).toBe("written meanwhile\n");
  });
});
