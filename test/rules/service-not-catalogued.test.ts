import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf } from "../helpers/check-yaml.js";

const RULE = "service-not-catalogued";

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

const catalogue = (id: string, services?: string[], status = "approved") =>
  `  - id: ${id}\n    title: Service catalogue ${id}\n    satisfies: [service-catalogue]\n    status: ${status}\n` +
  (services ? `    services: [${services.join(", ")}]\n` : "");

const uncatalogued = (pointer: string, line: number) => ({ messageId: "uncatalogued", severity: "major", clause: "8.2.4", requirementId: "service-catalogue", pointer, line, column: 7 });

describe(RULE, () => {
  const cases = [
    { name: "no catalogue at all: left to required-document-missing", yaml: withDocuments(""), findings: [] },
    { name: "a catalogue that names no services covers them all", yaml: withDocuments(catalogue("CAT-1")), findings: [] },
    { name: "a catalogue naming every service", yaml: withDocuments(catalogue("CAT-1", ["desk", "hosting"])), findings: [] },
    { name: "a catalogue naming one of two services", yaml: withDocuments(catalogue("CAT-1", ["desk"])), findings: [uncatalogued("/scope/services/1", 7)] },
    { name: "two catalogues that share the services between them", yaml: withDocuments(catalogue("CAT-1", ["desk"]) + catalogue("CAT-2", ["hosting"])), findings: [] },
    {
      name: "a retired catalogue of everything does not count",
      yaml: withDocuments(catalogue("CAT-0", undefined, "retired") + catalogue("CAT-1", ["hosting"])),
      findings: [uncatalogued("/scope/services/0", 5)],
    },
    {
      name: "a catalogue naming only an unknown service",
      yaml: withDocuments(catalogue("CAT-1", ["helpdesk"])),
      findings: [uncatalogued("/scope/services/0", 5), uncatalogued("/scope/services/1", 7)],
    },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml), RULE)).toEqual(c.findings));

  it("names the service", () => {
    const finding = checkYaml(withDocuments(catalogue("CAT-1", ["desk"]))).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe('service "Hosting" (hosting) is not in a service catalogue in force');
  });
});
