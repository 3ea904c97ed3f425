// End to end in a real pseudo-terminal: the built binary in tmux, answered keystroke by keystroke.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runBinary } from "../helpers/cli.js";
import { HAS_TMUX, tmuxServer } from "../helpers/tmux.js";

const server = tmuxServer("init");
const startInit = (folder: string, args: string[]) => server.start(folder, args);

beforeAll(() => {
  // The terminal runs the bundle: a stale one would test yesterday's code.
  const bundle = join(ROOT, "dist/iso20k.cjs");
  const sources = readdirSync(join(ROOT, "src/init")).map((f) => join(ROOT, "src/init", f)).concat(join(ROOT, "src/cli/init-command.ts"));
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < newest) throw new Error("dist/iso20k.cjs is older than src/init: run npm run bundle first");
});

afterAll(() => server.close());

describe.skipIf(!HAS_TMUX)("iso20k init in a terminal", () => {
  it("answers every question by keystroke and writes a file that validates and checks as the answers imply", async () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-tty-"));
    cpSync(join(ROOT, "test/fixtures/scan/client"), join(folder, "client"), { recursive: true });
    const term = startInit(folder, ["init", "--scan", "client"]);

    await term.answer("Registered name of the organisation:", "Northwind Ltd");
    await term.answer("Legal registration number", "08472619");
    await term.answer("A site in scope, its name", "Reading head office");
    await term.answer("Address of Reading head office:", "Unit 4, Thames Valley Park");
    await term.answer("People working in the SMS at Reading head office:", "46");
    await term.answer("Another site, its name", "");
    await term.answer("Scope statement", "Service desk from Reading.");
    await term.answer("A service in scope", "Service desk");
    await term.answer("Another service in scope", "");

    // The category table: move down to the last line (X 06.04), tick it, confirm.
    await term.waitFor("? Business categories of the scope");
    await term.waitFor("X  06.04  Call centre / service desk");
    for (let i = 0; i < 13; i++) term.press("Down");
    term.press("Space");
    term.press("Enter");
    await term.waitFor("✔ Business categories of the scope (national category table): 06.04");

    await term.answer("Day the SMS started operating", "2026-10-01");
    await term.answer("Management representative", "Helen Carter");

    // The scan's seven proposals come pre-ticked: keep them all.
    await term.waitFor("? 7 files look like SMS documents or records");
    await term.waitFor("policies/service-management.md  →  Service management policy");
    term.press("Enter");

    // The two files that matched nothing: place neither.
    await term.waitFor("? 2 files match no requirement");
    await term.waitFor("client/notes/random.txt");
    term.press("Enter");

    // Tick the first requirement offered (the SMS scope).
    await term.waitFor("? Which of these documents and records exist already?");
    await term.waitFor("4.3     Scope of the SMS");
    term.press("Space");
    term.press("Enter");
    await term.waitFor("✔ Which of these documents and records exist already? Scope of the SMS");

    const documents = [
      "Capacity Plan (client/Capacity Plan_1.0.docx)",
      "Change Management Policy (client/Change Management Policy v2.pdf)",
      "SLA - Service Desk (client/SLA - Service Desk V1.3.docx)",
      "信息安全方针 (client/信息安全方针_版本2.1.docx)",
      "变更管理程序 (client/变更管理程序.docx)",
      "Service Management Policy (client/policies/service-management.md)",
    ];
    for (const [index, label] of documents.entries()) {
      await term.answer(`${label}: owner`, index === 0 ? "Capacity Manager" : "");
      await term.waitFor(`? ${label}: status:`);
      // The first is approved (two down from draft); the rest keep the default, draft.
      if (index === 0) term.press("Down", "Down");
      term.press("Enter");
      if (index > 0) continue;
      // An approved document: its version (the one in the file name by default) and approval date.
      await term.waitFor(`? ${label}: version: (1.0)`);
      term.type("");
      await term.answer(`${label}: approval date`, "2026年9月15日");
    }
    await term.answer("Incident Log 2026 (client/records/Incident Log 2026.xlsx): owner", "Service Desk Manager");
    await term.answer("Scope of the SMS: owner", "Helen Carter");
    await term.waitFor("? Scope of the SMS: status:");
    term.press("Enter");

    await term.answer("Has an internal audit of the SMS been held?", "y");
    await term.answer("Day the internal audit was held", "2026-11-10");
    await term.answer("Has a management review been held? (y/N)", "");
    await term.waitFor("✔ Has a management review been held? (y/N) no");

    // The review of the answers before writing: enter writes the file.
    await term.waitFor("? Check the answers:");
    await term.waitFor("  Internal audit: 2026-11-10");
    term.press("Enter");
    await term.waitFor("EXIT=0");
    expect(term.screen()).toContain("Next: iso20k check sms.yaml");

    const text = readFileSync(join(folder, "sms.yaml"), "utf8");
    expect(text).toContain(
      [
        "  - id: DOC-01",
        "    title: Capacity Plan",
        "    satisfies: [capacity-plan]   # 8.4.3",
        "    owner: Capacity Manager",
        '    version: "1.0"',
        "    status: approved",
        "    approvalDate: 2026-09-15",
        "    evidence: client/Capacity Plan_1.0.docx",
      ].join("\n"),
    );
    expect(text).toContain('  businessCategories: ["06.04"]');
    expect(text).toContain("#   client/notes/random.txt");
    expect(runBinary(["validate", "sms.yaml"], { cwd: folder }).code).toBe(0);

    const result = runBinary(["check", "sms.yaml", "--as-of", "2026-11-21", "--format", "json"], { cwd: folder });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string; requirementId?: string }[] };
    const rules = report.findings.map((f) => f.ruleId);
    expect(rules).toContain("sms-operation-too-short");
    expect(rules).toContain("management-review-missing");
    // The audit was answered with a date but no report file: it does not count yet.
    expect(report.findings.filter((f) => f.ruleId === "internal-audit-missing").map((f) => (f as { messageId?: string }).messageId)).toEqual(["rule.internal-audit-missing.noReport"]);
    expect(rules).not.toContain("evidence-missing");
    const missing = report.findings.filter((f) => f.ruleId === "required-document-missing").map((f) => f.requirementId as string).sort();
    const stubs = [...text.matchAll(/^ *# +satisfies: \[([a-z0-9-]+)\]/gm)].map((m) => m[1]);
    expect(stubs.sort()).toEqual(missing);
    for (const present of ["sms-scope", "capacity-plan", "change-management-policy", "service-level-agreements", "information-security-policy", "service-management-policy", "incident-records", "internal-audit-results"])
      expect(missing).not.toContain(present);
  }, 90_000);

  it("in Chinese, takes 是 and 否, Chinese and full-width dates, and checks the unified social credit code", async () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-tty-"));
    const term = startInit(folder, ["init", "--lang", "zh-CN"]);
    await term.answer("组织的注册名称：", "华信智联运维服务有限公司");
    // A wrong check character is refused with the reason; the typed code stays on the line to correct.
    await term.answer("统一社会信用代码", "91110108MA01XK7Q3B");
    await term.waitFor("校验码（最后一位）与前 17 位不符（GB 32100-2015），请对照营业执照核对");
    term.press("C-u");
    term.type("91110108MA01XK7Q3G");
    await term.answer("认证范围内的场所名称", "");
    await term.answer("范围描述（按证书上的写法）：", "");
    await term.answer("证书须写明认证范围，没有范围描述则申请材料不完整。暂时留空吗？（是/否，默认否）", "是");
    await term.answer("认证范围内的服务", "");
    await term.waitFor("? 认证范围所属的业务类别");
    term.press("Enter");
    await term.answer("服务管理体系开始运行（有记录）的日期", "2026年3月2日");
    await term.answer("管理者代表", "");
    await term.waitFor("? 以下文件和记录中，哪些已经具备？");
    term.press("Enter");
    await term.answer("是否已开展过服务管理体系内部审核？（是/否，默认否）", "是");
    await term.waitFor("✔ 是否已开展过服务管理体系内部审核？（是/否，默认否） 是");
    await term.answer("内部审核的日期", "２０２６－１１－１０");
    await term.answer("是否已开展过管理评审？（是/否，默认否）", "否");
    await term.waitFor("? 请核对答案：");
    await term.waitFor("  内部审核：2026-11-10");
    term.press("Enter");
    await term.waitFor("EXIT=0");

    const text = readFileSync(join(folder, "sms.yaml"), "utf8");
    expect(text).toContain('    registrationId: "91110108MA01XK7Q3G"\n');
    expect(text).toContain("  startDate: 2026-03-02   #");
    expect(text).toContain(["  internalAudits:   # 条款 9.2", "    - id: IA-2026-01", "      date: 2026-11-10"].join("\n"));
    expect(text).not.toMatch(/^ +managementReviews:/m);
    expect(text).toMatch(/^ {2}# statement: /m);
  }, 60_000);

  it("on Ctrl-C, in Chinese, prints one line, exits 130 and leaves no file", async () => {
    const folder = mkdtempSync(join(tmpdir(), "iso20k-tty-"));
    const term = startInit(folder, ["init", "--lang", "zh-CN"]);
    await term.answer("组织的注册名称：", "华信智联运维服务有限公司");
    await term.answer("统一社会信用代码", "91110108MA01XK7Q3G");
    await term.waitFor("? 认证范围内的场所名称");
    term.press("C-c");
    await term.waitFor("EXIT=130");
    const lines = term.screen().split("\n");
    const exitLine = lines.findIndex((l) => l.startsWith("EXIT=130"));
    expect(lines[exitLine - 1]).toBe("iso20k: 已取消，未写入任何文件");
    expect(term.screen()).not.toMatch(/\bat .*\.js:\d+/);
    expect(readdirSync(folder)).toEqual([]);
  }, 60_000);
});
