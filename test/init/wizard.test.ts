import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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
  ["document.version", "2.0"],
  ["document.approvalDate", "2026-09-15"],
  ["document.owner", "Change Manager"],
  ["document.status", DEFAULT],
  ["register.owner", DEFAULT],
  ["internalAudit.held", true],
  ["internalAudit.date", "2026-11-10"],
  ["managementReview.held", false],
  ["review", "write"],
];

describe("iso20k init, interactive", () => {
  it("writes a valid file whose gaps are the ones the answers imply, and prints the next command", async () => {
    const result = await init([], NORTHWIND);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.prompter.remaining()).toEqual([]);
    expect(result.stdout).toBe(
      "Wrote sms.yaml: 2 documents, 1 register; 38 mandatory documents and records still to do, commented out in the file.\nNext: iso20k check sms.yaml\n",
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
    expect(text).toContain(["    - name: Leeds office", "      # to do: `address`, `headcount`"].join("\n"));
    expect(text).toContain(
      [
        "  - id: DOC-01",
        "    title: Service management policy",
        "    satisfies: [service-management-policy]   # 5.2.1",
        "    owner: Helen Carter",
        '    version: "2.0"',
        "    status: approved",
        "    approvalDate: 2026-09-15",
        "    # to do: `nextReviewDate`, `evidence`",
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
      // 18 characters of the unified social credit code's alphabet are read as one, whatever the language.
      ["organization.registrationId", "91110108MA01XK7Q3B"],
      ["organization.registrationId", "91350100M000100Y43"],
      ["site.name", "Dublin"],
      ["site.address", ""],
      ["site.headcount", 0],
      ["site.headcount", 24],
      ["site.name", ""],
      // An empty scope statement is allowed once the person has been told what it costs.
      ["scope.statement", ""],
      ["scope.statementEmpty", "no"],
      ["scope.statement", ""],
      ["scope.statementEmpty", "maybe"],
      ["scope.statementEmpty", "y"],
      ["service.name", ""],
      ["scope.businessCategories", []],
      ["sms.startDate", "2026-02-30"],
      ["sms.startDate", "1.10.2026"],
      ["sms.startDate", DEFAULT],
      ["sms.managementRepresentative", ""],
      ["documents.existing", []],
      ["internalAudit.held", true],
      ["internalAudit.date", "2026-12-01"],
      ["internalAudit.date", "２０２６年１１月２１日"],
      ["managementReview.held", DEFAULT],
      ["review", "write"],
    ];
    const result = await init([], steps);
    expect(result.code).toBe(0);
    expect(result.prompter.rejected.map((r) => [r.name, r.answer, r.reason])).toEqual([
      ["organization.name", "   ", "this cannot be empty"],
      [
        "organization.registrationId",
        "91110108MA01XK7Q3B",
        "the check character (the last one) does not match the first 17 (GB 32100-2015); compare the code with the business licence",
      ],
      ["site.headcount", 0, "enter a whole number of at least 1, or leave it empty"],
      ["scope.statementEmpty", "maybe", "not a yes or no answer"],
      ["sms.startDate", "2026-02-30", "enter a date as YYYY-MM-DD, e.g. 2026-03-02"],
      ["sms.startDate", "1.10.2026", "enter a date as YYYY-MM-DD, e.g. 2026-03-02"],
      ["internalAudit.date", "2026-12-01", "that is after today (2026-11-21); enter the day it was held"],
    ]);
    const text = readFileSync(join(result.folder, "sms.yaml"), "utf8");
    expect(text).toContain('    registrationId: "91350100M000100Y43"\n');
    expect(text).not.toContain("statement:\n");
    // The start date defaults to today; --since would change the default.
    expect(text).toContain("  startDate: 2026-11-21   #");
    expect(text).toContain("      headcount: 24\n");
    // Full-width digits and a Chinese date are read as 2026-11-21.
    expect(text).toContain("      date: 2026-11-21\n");
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
      ["review", "write"],
    ];
    const flags = ["--org", "Contoso Cloud", "--registration-id", "IE-684213", "--site", "Dublin; 2 Grand Canal Square; 24", "--statement", "Cloud hosting from Dublin.", "--service", "Cloud hosting", "--category", "N", "--since", "2026-10-01", "--representative", "Aoife Brennan"];
    const result = await init(flags, steps);
    expect(result.code).toBe(0);
    const text = readFileSync(join(result.folder, "sms.yaml"), "utf8");
    for (const line of ["  name: Contoso Cloud", '    registrationId: "IE-684213"', "  statement: Cloud hosting from Dublin.", "    - name: Dublin", "      headcount: 24", "      name: Cloud hosting", "      name: Managed backup", '  businessCategories: ["04.03"]', "  startDate: 2026-10-01", "  managementRepresentative: Aoife Brennan"])
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
    expect(text).toContain("# 服务管理体系描述：华信智联运维服务有限公司，由 `iso20k init` 于 2026-11-21 生成。");
    expect(text).toContain("    title: 变更管理方针\n");
    expect(text).toContain("# 待办，尚未列出的强制要求的文件");
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
      ["scope.statementEmpty", true],
      ["service.name", ""],
      ["scope.businessCategories", []],
      ["sms.startDate", "2026-03-02"],
      ["sms.managementRepresentative", ""],
      // Keep all but the Chinese change procedure (index 4 in path order).
      ["scan.accept", [0, 1, 2, 3, 5, 6]],
      // The file turned down is offered with those that matched nothing; none of them is placed.
      ["scan.unmatched", []],
      ["documents.existing", ["service-catalogue"]],
      ["document.owner", "Capacity Manager"],
      ["document.status", "approved"],
      ["document.version", DEFAULT],
      ["document.approvalDate", ""],
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
      ["review", "write"],
    ];
    const prompter = scriptedPrompter(steps);
    const checkbox = prompter.checkbox.bind(prompter);
    let offered: unknown[] = [];
    let unplaced: unknown[] = [];
    prompter.checkbox = async (q) => {
      if (q.name === "scan.accept") proposals = q.choices.map((c) => ("name" in c ? `${c.checked} ${c.name}` : ""));
      if (q.name === "scan.unmatched") unplaced = q.choices.map((c) => ("value" in c ? c.value : ""));
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
        "    # to do: `approvalDate`, `nextReviewDate`",
      ].join("\n"),
    );
    expect(unplaced).toEqual([`${evidence}/变更管理程序.docx`, `${evidence}/Translation guide.docx`, `${evidence}/notes/random.txt`]);
    expect(text).not.toMatch(/evidence: .*变更管理程序\.docx/);
    expect(text).toContain(`#   ${evidence}/变更管理程序.docx\n`);
    expect(text).toContain("    title: Service catalogue\n");
    expect(text).toContain(`#   ${evidence}/notes/random.txt\n`);
    const report = await check(folder);
    expect(report.valid).toBe(true);
    expect(missingIds(report)).toEqual(stubbedRequirements(text));
    expect(missingIds(report)).not.toContain("service-catalogue");
  });
});

/** A Chinese application dossier: process documents, a dated service report, an audit report and review minutes. */
function dossierFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "iso20k-init-"));
  cpSync(join(ROOT, "test/fixtures/scan/dossier"), join(folder, "dossier"), { recursive: true });
  return folder;
}

const DOSSIER: ScriptedStep[] = [
  ["organization.name", "华信智联运维服务有限公司"],
  ["organization.registrationId", "91110108MA01XK7Q3B"],
  ["organization.registrationId", "9111010MA01XK7Q3G"],
  ["organization.registrationId", "９１１１０１０８ｍａ０１ｘｋ７ｑ３ｇ"],
  ["site.name", ""],
  ["scope.statement", ""],
  ["scope.statementEmpty", "否"],
  ["scope.statement", "在北京总部提供的IT运维服务"],
  ["service.name", "IT运维服务"],
  ["service.name", ""],
  ["scope.businessCategories", ["04.02"]],
  ["sms.startDate", "2026年3月2日"],
  ["sms.managementRepresentative", "李明"],
  ["scan.accept", DEFAULT],
  ["scan.unmatched", ["dossier/备份管理制度.docx"]],
  ["scan.requirement", "process:service-continuity-and-availability-management"],
  ["documents.existing", []],
  ["register.owner", "服务台主管"],
  ["document.owner", "信息安全经理"],
  ["document.status", "approved"],
  ["document.version", DEFAULT],
  ["document.approvalDate", "2026年9月1日"],
  ["document.owner", "李明"],
  ["document.status", DEFAULT],
  ["document.owner", DEFAULT],
  ["document.status", DEFAULT],
  ["document.owner", DEFAULT],
  ["document.status", DEFAULT],
  ["document.owner", DEFAULT],
  ["document.status", DEFAULT],
  ["document.owner", DEFAULT],
  ["document.status", DEFAULT],
  ["internalAudit.held", "是"],
  ["internalAudit.date", "２０２６－１０－２０"],
  ["internalAudit.evidence", DEFAULT],
  ["managementReview.held", DEFAULT],
  ["managementReview.date", DEFAULT],
  ["managementReview.evidence", DEFAULT],
  ["review", "write"],
];

describe("iso20k init --scan of a Chinese dossier, interactive", () => {
  it("proposes process documents, asks about the files it could not place, attaches the audit report and review minutes", async () => {
    const folder = dossierFolder();
    const result = await init(["--lang", "zh-CN", "--scan", "dossier"], DOSSIER, { folder });
    expect(result.stderr).toBe("iso20k: 已扫描 dossier 中的 10 个文件：8 个建议作为文件或台账，2 个未匹配任何要求\n");
    expect(result.code).toBe(0);
    expect(result.prompter.remaining()).toEqual([]);
    expect(result.prompter.rejected.map((r) => [r.answer, r.reason])).toEqual([
      ["91110108MA01XK7Q3B", "校验码（最后一位）与前 17 位不符（GB 32100-2015），请对照营业执照核对"],
      ["9111010MA01XK7Q3G", "统一社会信用代码为 18 位，这里是 17 位"],
    ]);
    const message = (name: string) => result.prompter.asked.find((q) => q.name === name)?.message;
    expect(message("scope.statementEmpty")).toBe("证书须写明认证范围，没有范围描述则申请材料不完整。暂时留空吗？");
    expect(message("scan.requirement")).toBe("dossier/备份管理制度.docx：满足哪项要求？");
    expect(message("internalAudit.evidence")).toBe("哪个文件是该次内部审核的审核报告？");
    expect(message("review")).toBe(
      [
        "请核对答案：",
        "  组织：华信智联运维服务有限公司；注册号：91110108MA01XK7Q3G",
        "  场所：无",
        "  范围描述：在北京总部提供的IT运维服务",
        "  服务：IT运维服务",
        "  业务类别：04.02 硬件运行维护",
        "  体系开始运行日期：2026-03-02；管理者代表：李明",
        "  文件（6 份）：信息安全管理方针（已批准）；内部审核计划2026（草稿）；服务报告流程（草稿）；服务管理手册（草稿）；问题管理流程（草稿）；备份管理制度（草稿）",
        "  台账（1 个）：2026年10月服务报告",
        "  内部审核：2026-10-20（dossier/2026年度内部审核报告.pdf）",
        "  管理评审：2026-11-15（dossier/管理评审会议纪要20261115.docx）",
        "写入文件，还是修改某一部分？",
      ].join("\n"),
    );

    const text = readFileSync(join(folder, "sms.yaml"), "utf8");
    expect(text).toContain('    registrationId: "91110108MA01XK7Q3G"\n');
    expect(text).toContain("  startDate: 2026-03-02   #");
    expect(text).toContain(
      [
        "    title: 信息安全管理方针",
        "    satisfies: [information-security-policy]   # 8.7.3.1",
        "    owner: 信息安全经理",
        '    version: "2.0"',
        "    status: approved",
        "    approvalDate: 2026-09-01",
        "    evidence: dossier/信息安全管理方针V2.0.pdf",
      ].join("\n"),
    );
    expect(text).toContain(["    title: 服务报告流程", "    satisfies: [sms-processes]   # 4.4", '    processes: ["9.4"]   # 服务报告'].join("\n"));
    expect(text).toContain(["    title: 问题管理流程", "    satisfies: [sms-processes]   # 4.4", '    processes: ["8.6.3"]   # 问题管理'].join("\n"));
    expect(text).toContain(["    title: 备份管理制度", "    satisfies: [sms-processes]   # 4.4", '    processes: ["8.7.1", "8.7.2"]   # 服务可用性管理; 服务连续性管理'].join("\n"));
    // The manual describes every process: no `processes`.
    expect(text).toContain(["    title: 服务管理手册", "    satisfies: [sms-processes]   # 4.4", "    owner: 李明"].join("\n"));
    expect(text).toContain(["      title: 2026年10月服务报告", "      satisfies: [service-reports]   # 9.4"].join("\n"));
    expect(text).toContain(["      date: 2026-10-20", "      status: completed", '      clauses: ["4", "5", "6", "7", "8", "9", "10"]   # 审核覆盖的条款；未覆盖的请删除', "      evidence: dossier/2026年度内部审核报告.pdf"].join("\n"));
    expect(text).toContain(["      date: 2026-11-15", "      status: completed", "      evidence: dossier/管理评审会议纪要20261115.docx"].join("\n"));
    expect(text).toContain("# 扫描到 1 个未在上面使用的文件；其中如有体系文件或记录，请在上面补充：\n#   dossier/组织机构图.pdf\n");

    const report = await check(folder);
    expect(report.valid).toBe(true);
    const rules = report.findings.map((f) => f.ruleId);
    expect(rules).not.toContain("internal-audit-missing");
    expect(rules).not.toContain("management-review-missing");
    expect(rules).not.toContain("evidence-missing");
    expect(missingIds(report)).toEqual(stubbedRequirements(text));
  });

  it("goes back to a part from the review, offering the answers given as defaults, and writes only when told", async () => {
    const folder = dossierFolder();
    const steps: ScriptedStep[] = [
      ...DOSSIER.slice(0, -1),
      ["review", "scope"],
      ["scope.statement", DEFAULT],
      ["services.keep", []],
      ["service.name", "IT运维服务（北京）"],
      ["service.name", ""],
      ["scope.businessCategories", DEFAULT],
      ["review", "documents"],
      // Every earlier answer is the default: the same files kept and placed, the same owners, the same audit.
      ["scan.accept", DEFAULT],
      ["scan.unmatched", DEFAULT],
      ["scan.requirement", DEFAULT],
      ["documents.existing", DEFAULT],
      ["register.owner", DEFAULT],
      ["document.owner", DEFAULT],
      ["document.status", DEFAULT],
      ["document.version", DEFAULT],
      ["document.approvalDate", DEFAULT],
      ...Array.from({ length: 5 }, (): ScriptedStep[] => [["document.owner", DEFAULT], ["document.status", DEFAULT]]).flat(),
      ["internalAudit.held", DEFAULT],
      ["internalAudit.date", DEFAULT],
      ["internalAudit.evidence", DEFAULT],
      // No review after all.
      ["managementReview.held", "否"],
      ["review", "write"],
    ];
    const result = await init(["--lang", "zh-CN", "--scan", "dossier"], steps, { folder });
    expect(result.code).toBe(0);
    expect(result.prompter.remaining()).toEqual([]);
    const text = readFileSync(join(folder, "sms.yaml"), "utf8");
    expect(text).toContain("      name: IT运维服务（北京）\n");
    expect(text).not.toContain("name: IT运维服务\n");
    expect(text).toContain("  statement: 在北京总部提供的IT运维服务\n");
    expect(text).toContain(["    owner: 信息安全经理", '    version: "2.0"', "    status: approved", "    approvalDate: 2026-09-01"].join("\n"));
    expect(text).toContain('    processes: ["8.7.1", "8.7.2"]');
    expect(text).toContain("      evidence: dossier/2026年度内部审核报告.pdf\n");
    // The minutes no review claims are listed for the person to attach.
    expect(text).not.toMatch(/^ {4}managementReviews:/m);
    expect(text).toContain("#   dossier/组织机构图.pdf\n#   dossier/管理评审会议纪要20261115.docx\n");
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

  it("reads Chinese dates in --since and leaves audit reports and review minutes for the person to attach", async () => {
    const folder = dossierFolder();
    const args = ["--yes", "--lang", "zh-CN", "--org", "华信智联运维服务有限公司", "--registration-id", "91110108ma01xk7q3g", "--since", "2026年3月2日", "--scan", "dossier"];
    const result = await init(args, [], { folder, tty: false });
    expect(result.code).toBe(0);
    const text = readFileSync(join(folder, "sms.yaml"), "utf8");
    expect(text).toContain('    registrationId: "91110108MA01XK7Q3G"\n');
    expect(text).toContain("  startDate: 2026-03-02   #");
    expect(text.match(/^  - id: DOC-/gm)).toHaveLength(5);
    expect(text).toContain('    processes: ["8.6.3"]   # 问题管理\n');
    expect(text).toContain("      satisfies: [service-reports]   # 9.4\n");
    // Nobody said an audit or review was held.
    expect(text).not.toMatch(/^ +(?:internalAudits|managementReviews):/m);
    expect(text).toContain(
      ["# 扫描到 4 个未在上面使用的文件；其中如有体系文件或记录，请在上面补充：", "#   dossier/备份管理制度.docx", "#   dossier/组织机构图.pdf", "#   dossier/2026年度内部审核报告.pdf", "#   dossier/管理评审会议纪要20261115.docx"].join("\n"),
    );
    expect((await check(folder)).valid).toBe(true);
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
    [
      ["--registration-id", "91110108MA01XK7Q3B"],
      "iso20k: --registration-id 91110108MA01XK7Q3B: the check character (the last one) does not match the first 17 (GB 32100-2015); compare the code with the business licence\n",
    ],
    [["--lang", "zh-CN", "--registration-id", "9111010MA01XK7Q3G"], "iso20k: `--registration-id` 9111010MA01XK7Q3G：统一社会信用代码为 18 位，这里是 17 位\n"],
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
