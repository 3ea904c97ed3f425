import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalog } from "../../src/catalog/catalog.js";
import { firstHeading, guessVersion, matchRequirement, scanFolder, titleFromFileName } from "../../src/init/scan.js";
import { ROOT } from "../helpers/cli.js";

const FIXTURE = join(ROOT, "test/fixtures/scan/client");

describe("matchRequirement", () => {
  const cases: { path: string; heading?: string; requirement: string | undefined; keyword?: string }[] = [
    { path: "变更管理程序.docx", requirement: "change-management-policy", keyword: "变更管理程序" },
    { path: "Change Management Policy v2.pdf", requirement: "change-management-policy", keyword: "change management policy" },
    { path: "SLA - Service Desk V1.3.docx", requirement: "service-level-agreements", keyword: "sla" },
    { path: "docs/change_management-policy.final.docx", requirement: "change-management-policy" },
    { path: "ＳＬＡ服务台.docx", requirement: "service-level-agreements", keyword: "sla" },
    // "sla" is a whole word only: not inside "translation", "slack" or "islands".
    { path: "Translation guide.docx", requirement: undefined },
    { path: "Slack export.zip", requirement: undefined },
    // The longest keyword wins: "sla review" over "sla", "security incident" over "incident report".
    { path: "SLA review minutes 2026-10.docx", requirement: "service-level-reviews", keyword: "sla review" },
    { path: "Security Incident Report.docx", requirement: "information-security-incident-records", keyword: "security incident" },
    { path: "Major Incident Procedure.docx", requirement: "major-incident-procedure", keyword: "major incident procedure" },
    { path: "重大事件管理程序.docx", requirement: "major-incident-procedure", keyword: "重大事件管理程序" },
    { path: "records/Incident Log 2026.xlsx", requirement: "incident-records", keyword: "incident log" },
    // Folder names are not read: only the file's own name and heading.
    { path: "SLA/notes.txt", requirement: undefined },
    // A Markdown title names the document when the file name does not.
    { path: "policies/service-management.md", heading: "Service Management Policy", requirement: "service-management-policy", keyword: "service management policy" },
    { path: "readme.md", heading: "服务连续性计划", requirement: "service-continuity-plan", keyword: "服务连续性计划" },
    { path: "notes/random.txt", requirement: undefined },
  ];
  it.each(cases)("$path → $requirement", ({ path, heading, requirement, keyword }) => {
    const match = matchRequirement(path, heading, catalog);
    expect(match?.requirementId).toBe(requirement);
    if (keyword) expect(match?.keyword).toBe(keyword);
  });

  it("takes every keyword from the catalogue: a requirement with a new keyword matches without a code change", () => {
    const keywords = catalog.requirements().flatMap((r) => [...r.keywords.en, ...r.keywords["zh-CN"]].map((k) => [r.id, k] as const));
    expect(keywords.length).toBeGreaterThan(200);
    const missed = keywords.filter(([, keyword]) => matchRequirement(`${keyword}.docx`, undefined, catalog) === undefined);
    expect(missed).toEqual([]);
  });
});

describe("guessVersion and titleFromFileName", () => {
  it.each([
    ["Change Management Policy v2.pdf", "2", "Change Management Policy"],
    ["SLA - Service Desk V1.3.docx", "1.3", "SLA - Service Desk"],
    ["Capacity Plan_1.0.docx", "1.0", "Capacity Plan"],
    ["信息安全方针_版本2.1.docx", "2.1", "信息安全方针"],
    ["变更管理程序V3.docx", "3", "变更管理程序"],
    ["Release Policy ver 1.2.docx", "1.2", "Release Policy"],
    ["Capacity Plan 2026-2027.docx", undefined, "Capacity Plan 2026-2027"],
    ["Service review 2026.11.20.docx", undefined, "Service review 2026.11.20"],
    ["Service design.docx", undefined, "Service design"],
    ["Development standards.docx", undefined, "Development standards"],
  ])("%s: version %s, title %s", (name, version, title) => {
    expect(guessVersion(name)).toBe(version);
    expect(titleFromFileName(name)).toBe(title);
  });
});

describe("firstHeading", () => {
  it("finds the first level-one heading after front matter and ignores deeper ones", () => {
    expect(firstHeading("---\ntitle: x\n---\n## Scope\n# Service Catalogue #\ntext\n# Later")).toBe("Service Catalogue");
    expect(firstHeading("#hashtag\nno heading")).toBeUndefined();
  });
});

describe("scanFolder", () => {
  /** The fixture in a temporary folder, with what git cannot hold: hidden files, node_modules, links. */
  function clientFolder(): { base: string; client: string } {
    const base = mkdtempSync(join(tmpdir(), "iso20k-scan-"));
    const client = join(base, "client");
    cpSync(FIXTURE, client, { recursive: true });
    mkdirSync(join(client, ".hidden"));
    writeFileSync(join(client, ".hidden/Release Policy.docx"), "x");
    writeFileSync(join(client, ".Service Catalogue.docx"), "x");
    mkdirSync(join(client, "node_modules/pkg"), { recursive: true });
    writeFileSync(join(client, "node_modules/pkg/Release Policy.md"), "# Release Policy\n");
    writeFileSync(join(base, "Problem Log.xlsx"), "outside the scanned folder");
    symlinkSync(join(base, "Problem Log.xlsx"), join(client, "Problem Log link.xlsx"));
    symlinkSync(base, join(client, "parent-link"));
    symlinkSync(join(client, "records/Incident Log 2026.xlsx"), join(client, "Incident Log link.xlsx"));
    return { base, client };
  }

  it("proposes documents and registers with evidence relative to the SMS file's folder, and lists the rest", () => {
    const { base, client } = clientFolder();
    const result = scanFolder(client, { catalog, evidenceBase: base });
    expect(result.capped).toBe(false);
    expect(result.proposals.map((p) => [p.evidence, p.requirementId, p.kind, p.title, p.version])).toEqual([
      ["client/Capacity Plan_1.0.docx", "capacity-plan", "document", "Capacity Plan", "1.0"],
      ["client/Change Management Policy v2.pdf", "change-management-policy", "document", "Change Management Policy", "2"],
      ["client/Incident Log link.xlsx", "incident-records", "register", "Incident Log link", undefined],
      ["client/SLA - Service Desk V1.3.docx", "service-level-agreements", "document", "SLA - Service Desk", "1.3"],
      ["client/信息安全方针_版本2.1.docx", "information-security-policy", "document", "信息安全方针", "2.1"],
      ["client/变更管理程序.docx", "change-management-policy", "document", "变更管理程序", undefined],
      ["client/policies/service-management.md", "service-management-policy", "document", "Service Management Policy", undefined],
      ["client/records/Incident Log 2026.xlsx", "incident-records", "register", "Incident Log 2026", undefined],
    ]);
    // Hidden entries, node_modules, Office lock files (~$...) and links out of the folder are not looked at.
    expect(result.unmatched).toEqual(["client/Translation guide.docx", "client/notes/random.txt"]);
    expect(result.files).toBe(10);
  });

  it("stops at the file limit and says so", () => {
    const { client } = clientFolder();
    const result = scanFolder(client, { catalog, evidenceBase: client, limit: 3 });
    expect(result.capped).toBe(true);
    expect(result.files).toBe(3);
    expect(result.proposals.length + result.unmatched.length).toBe(3);
  });
});
