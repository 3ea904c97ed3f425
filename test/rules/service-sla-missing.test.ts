import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf } from "../helpers/check-yaml.js";

const RULE = "service-sla-missing";

// Two services: desk on line 5 and hosting on line 7, both at column 7; `documents:` on line 12.
const withDocuments = (documents: string) => `organization:
  name: Test Org
scope:
  services:
    - id: desk
      name: Service desk
    - id: hosting
      name: Hosting
  businessCategories: ["06.04"]
sms:
  startDate: 2026-01-05
documents:${documents === "" ? " []" : ""}
${documents}`;

/** An SLA; `extra` adds lines such as approvalDate or evidence. */
const sla = (id: string, services?: string[], status = "approved", extra: Record<string, string> = {}) =>
  `  - id: ${id}\n    title: Service level agreement ${id}\n    satisfies: [service-level-agreements]\n    status: ${status}\n` +
  (services ? `    services: [${services.join(", ")}]\n` : "") +
  Object.entries(extra)
    .map(([key, value]) => `    ${key}: ${value}\n`)
    .join("");

const uncovered = (pointer: string, line: number) => ({ messageId: "uncovered", severity: "major", clause: "8.3.3", requirementId: "service-level-agreements", pointer, line, column: 7 });
const DESK = uncovered("/scope/services/0", 5);
const HOSTING = uncovered("/scope/services/1", 7);

const FILES = { "sla/master.pdf": "x" };

// As-of is 2026-11-21.
describe(RULE, () => {
  const cases = [
    { name: "no SLA at all: left to required-document-missing", yaml: withDocuments(""), findings: [] },
    { name: "a master SLA without `services` covers every service", yaml: withDocuments(sla("SLA-0")), findings: [] },
    { name: "a master SLA beside a per-service one", yaml: withDocuments(sla("SLA-0") + sla("SLA-1", ["desk"])), findings: [] },
    { name: "per-service SLAs for both services", yaml: withDocuments(sla("SLA-1", ["desk"]) + sla("SLA-2", ["hosting"])), findings: [] },
    { name: "a per-service SLA leaves the other service uncovered", yaml: withDocuments(sla("SLA-1", ["desk"])), findings: [HOSTING] },
    { name: "a retired master SLA covers nothing", yaml: withDocuments(sla("SLA-0", undefined, "retired") + sla("SLA-2", ["hosting"])), findings: [DESK] },
    { name: "a retired per-service SLA covers nothing", yaml: withDocuments(sla("SLA-1", ["desk"], "retired") + sla("SLA-2", ["hosting"])), findings: [DESK] },
    { name: "a draft SLA does not cover its service when another SLA is approved", yaml: withDocuments(sla("SLA-1", ["desk"]) + sla("SLA-2", ["hosting"], "draft")), findings: [HOSTING] },

    // Something claims service-level-agreements, so every service without an SLA in force is reported.
    { name: "only a retired master SLA: every service is uncovered", yaml: withDocuments(sla("SLA-0", undefined, "retired")), findings: [DESK, HOSTING] },
    { name: "only an SLA in review: every service is uncovered", yaml: withDocuments(sla("SLA-0", undefined, "in-review")), findings: [DESK, HOSTING] },
    { name: "only a draft per-service SLA: every service is uncovered", yaml: withDocuments(sla("SLA-1", ["desk"], "draft")), findings: [DESK, HOSTING] },
    { name: "only an SLA without a status: every service is uncovered", yaml: withDocuments(sla("SLA-0").replace("    status: approved\n", "")), findings: [DESK, HOSTING] },
    {
      name: "an SLA approved after as-of is not in force yet",
      yaml: withDocuments(sla("SLA-0", undefined, "approved", { approvalDate: "2026-11-22" })),
      findings: [DESK, HOSTING],
    },
    {
      name: "an SLA approved on the as-of day is in force",
      yaml: withDocuments(sla("SLA-0", undefined, "approved", { approvalDate: "2026-11-21" })),
      findings: [],
    },
    {
      name: "an SLA approved after its own next review date is inconsistent, not in force",
      yaml: withDocuments(sla("SLA-0", undefined, "approved", { approvalDate: "2026-06-01", nextReviewDate: "2026-05-01" })),
      findings: [DESK, HOSTING],
    },
    {
      name: "an SLA past its next review date is still in force",
      yaml: withDocuments(sla("SLA-0", undefined, "approved", { approvalDate: "2025-06-01", nextReviewDate: "2026-06-01" })),
      findings: [],
    },
    { name: "an SLA whose file does not exist is not in force", yaml: withDocuments(sla("SLA-0", undefined, "approved", { evidence: "sla/nowhere.pdf" })), findings: [DESK, HOSTING] },
    { name: "an SLA whose file exists is in force", yaml: withDocuments(sla("SLA-0", undefined, "approved", { evidence: "sla/master.pdf" })), findings: [] },
    {
      name: "a per-service SLA whose file does not exist leaves its service uncovered",
      yaml: withDocuments(sla("SLA-1", ["desk"], "approved", { evidence: "sla/nowhere.pdf" }) + sla("SLA-2", ["hosting"], "approved", { evidence: "sla/master.pdf" })),
      findings: [DESK],
    },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { files: FILES }), RULE)).toEqual(c.findings));

  it("an SLA only in review is also reported as a requirement not covered", () => {
    const report = checkYaml(withDocuments(sla("SLA-0", undefined, "in-review")));
    expect(findingsOf(report, RULE)).toEqual([DESK, HOSTING]);
    expect(findingsOf(report, "requirement-not-covered").filter((f) => f.requirementId === "service-level-agreements")).toEqual([
      { messageId: "in-review", severity: "major", clause: "8.3.3", requirementId: "service-level-agreements", pointer: "/documents/0/status", line: 16, column: 13 },
    ]);
    expect(findingsOf(report, "required-document-missing").filter((f) => f.requirementId === "service-level-agreements")).toEqual([]);
  });

  it("names the service", () => {
    const finding = checkYaml(withDocuments(sla("SLA-1", ["desk"]))).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe('service "Hosting" (hosting) is covered by no service level agreement in force');
    expect(finding?.category).toBe("nonconformity");
    const chinese = checkYaml(withDocuments(sla("SLA-1", ["desk"])), { lang: "zh-CN" }).findings.find((f) => f.ruleId === RULE);
    expect(chinese?.message).toBe("服务“Hosting”（hosting）没有任何生效的服务级别协议覆盖");
  });
});
