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

const sla = (id: string, services?: string[], status = "approved") =>
  `  - id: ${id}\n    title: Service level agreement ${id}\n    satisfies: [service-level-agreements]\n    status: ${status}\n` +
  (services ? `    services: [${services.join(", ")}]\n` : "");

const uncovered = (pointer: string, line: number) => ({ messageId: "uncovered", severity: "major", clause: "8.3.3", requirementId: "service-level-agreements", pointer, line, column: 7 });

describe(RULE, () => {
  const cases = [
    { name: "no SLA at all: left to required-document-missing", yaml: withDocuments(""), findings: [] },
    { name: "a master SLA without `services` covers every service", yaml: withDocuments(sla("SLA-0")), findings: [] },
    { name: "a master SLA beside a per-service one", yaml: withDocuments(sla("SLA-0") + sla("SLA-1", ["desk"])), findings: [] },
    { name: "per-service SLAs for both services", yaml: withDocuments(sla("SLA-1", ["desk"]) + sla("SLA-2", ["hosting"])), findings: [] },
    { name: "a per-service SLA leaves the other service uncovered", yaml: withDocuments(sla("SLA-1", ["desk"])), findings: [uncovered("/scope/services/1", 7)] },
    {
      name: "a retired master SLA covers nothing",
      yaml: withDocuments(sla("SLA-0", undefined, "retired") + sla("SLA-2", ["hosting"])),
      findings: [uncovered("/scope/services/0", 5)],
    },
    {
      name: "a retired per-service SLA covers nothing",
      yaml: withDocuments(sla("SLA-1", ["desk"], "retired") + sla("SLA-2", ["hosting"])),
      findings: [uncovered("/scope/services/0", 5)],
    },
    { name: "only retired SLAs: left to document-retired", yaml: withDocuments(sla("SLA-0", undefined, "retired")), findings: [] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml), RULE)).toEqual(c.findings));

  it("a draft SLA does not cover its service when another SLA is approved", () => {
    const yaml = withDocuments(sla("SLA-1", ["desk"]) + sla("SLA-2", ["hosting"], "draft"));
    expect(findingsOf(checkYaml(yaml), RULE)).toEqual([uncovered("/scope/services/1", 7)]);
  });

  it("names the service", () => {
    const finding = checkYaml(withDocuments(sla("SLA-1", ["desk"]))).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe("service hosting is covered by no service level agreement");
  });
});
