import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "application-dossier-incomplete";

// One clause of each of the 13 legacy processes but service level management (which the SLA describes).
const PROCESS_CLAUSES = ["9.4", "8.7.1", "8.4.1", "8.4.3", "8.7.3", "8.2.6", "8.5.1", "8.5.3", "8.6.1", "8.6.3", "8.3.2", "8.3.4"];

const APPLICATION_FILES = {
  "app/profile.pdf": "x",
  "app/chart.pdf": "x",
  "app/processes.pdf": "x",
  "app/document-list.xlsx": "x",
  "app/confidentiality.pdf": "x",
  "logs/incidents.xlsx": "x",
  "logs/changes.xlsx": "x",
};

interface Parts {
  /** Extra documents, appended after the policy, plan, SLA and process manual. */
  documents?: string;
  /** Replaces the process manual's `processes` list. */
  processes?: string[];
  planStatus?: string;
  slaStatus?: string;
  registers?: string;
  application?: string;
}

const REGISTERS = `    - id: LOG-1
      title: Incident log
      satisfies: [incident-records]
      lastEntry: 2026-11-01
      evidence: logs/incidents.xlsx
`;

const APPLICATION = `  organizationProfile: app/profile.pdf
  organizationChart: app/chart.pdf
  businessProcesses: app/processes.pdf
  documentList: app/document-list.xlsx
  confidentialityStatement: app/confidentiality.pdf
`;

/** An SMS whose dossier items 3, 4, 5 and 8 are complete, unless a part is replaced. */
const sms = (parts: Parts = {}) => `${MINIMAL.replace("documents: []\n", "")}documents:
  - id: POL-1
    title: Service management policy
    satisfies: [service-management-policy]
    status: approved
  - id: PLAN-1
    title: Service management plan
    satisfies: [service-management-plan]
    status: ${parts.planStatus ?? "approved"}
  - id: SLA-1
    title: Master service level agreement
    satisfies: [service-level-agreements]
    status: ${parts.slaStatus ?? "approved"}
  - id: MAN-1
    title: Process manual
    satisfies: []
    status: approved
    processes: [${(parts.processes ?? PROCESS_CLAUSES).map((c) => `"${c}"`).join(", ")}]
${parts.documents ?? ""}records:
  registers:
${parts.registers ?? REGISTERS}application:
${parts.application ?? APPLICATION}`;

const without = (clause: string) => PROCESS_CLAUSES.filter((c) => c !== clause);

/** What the rule says, reduced to the dossier item number and its English message. */
const items = (yaml: string, files: Record<string, string> = APPLICATION_FILES) =>
  checkYaml(yaml, { files })
    .findings.filter((f) => f.ruleId === RULE)
    .map((f) => [f.params?.number, f.message]);

/** The item numbers reported. */
const numbers = (yaml: string, files: Record<string, string> = APPLICATION_FILES) => items(yaml, files).map(([number]) => number);

const lacks = (number: number, item: string, gaps: string) => [number, `dossier item ${number}, ${item}, lacks: ${gaps}`];

describe(RULE, () => {
  it("a complete dossier: nothing to report", () => {
    expect(items(sms())).toEqual([]);
  });

  describe("where it reports", () => {
    const incomplete = (line: number, column: number, pointer: string) => ({ messageId: "incomplete", severity: "major", clause: undefined, pointer, line, column });

    it("at the top of the file when there is no application section", () => {
      // MINIMAL lacks items 3, 4, 5 and 8.
      expect(findingsOf(checkYaml(MINIMAL), RULE)).toEqual([1, 2, 3, 4].map(() => incomplete(1, 1, "")));
    });

    it("on the `application` key when there is one", () => {
      const yaml = `${MINIMAL}application:\n  organizationChart: app/chart.pdf\n`;
      expect(findingsOf(checkYaml(yaml, { files: APPLICATION_FILES }), RULE)).toEqual([1, 2, 3, 4].map(() => incomplete(11, 1, "/application")));
    });

    it("is a blocking prerequisite without a clause", () => {
      const findings = checkYaml(MINIMAL).findings.filter((f) => f.ruleId === RULE);
      expect(findings).toHaveLength(4);
      for (const finding of findings) {
        expect(finding.category).toBe("prerequisite");
        expect(finding.blocking).toBe(true);
        expect(finding).not.toHaveProperty("clause");
      }
    });
  });

  describe("which items", () => {
    it("one finding per item not provided: 3, 4, 5 and 8, never 1, 2, 6 or 7", () => {
      // MINIMAL has no legal entity, no audit and no review either: those are left to the prerequisites.
      expect(numbers(MINIMAL)).toEqual([3, 4, 5, 8]);
    });

    it("gives the item's number, title and gaps as parameters", () => {
      const finding = checkYaml(sms({ application: APPLICATION.replace("  confidentialityStatement: app/confidentiality.pdf\n", "") }), {
        files: APPLICATION_FILES,
      }).findings.find((f) => f.ruleId === RULE);
      expect(finding?.params).toEqual({
        number: 8,
        item: { en: "Confidentiality statement", "zh-CN": "记录保密性声明" },
        gaps: { en: "confidentiality statement", "zh-CN": expect.any(String) },
      });
      expect(finding?.message).toBe("dossier item 8, Confidentiality statement, lacks: confidentiality statement");
    });
  });

  describe("item 3: every register's records", () => {
    const cases = [
      { name: "no registers at all", yaml: sms({ registers: "    []\n" }), reported: true },
      {
        name: "a register whose file does not exist",
        yaml: sms({ registers: REGISTERS.replace("logs/incidents.xlsx", "logs/nowhere.xlsx") }),
        reported: true,
      },
      {
        name: "a register without an evidence file beside one with",
        yaml: sms({ registers: `${REGISTERS}    - id: LOG-2\n      title: Change log\n      satisfies: [change-records]\n      lastEntry: 2026-11-01\n` }),
        reported: true,
      },
      {
        name: "two registers, each with a file that exists",
        yaml: sms({ registers: `${REGISTERS}    - id: LOG-2\n      title: Change log\n      satisfies: [change-records]\n      lastEntry: 2026-11-01\n      evidence: logs/changes.xlsx\n` }),
        reported: false,
      },
    ];
    for (const c of cases) it(c.name, () => expect(items(c.yaml)).toEqual(c.reported ? [lacks(3, "Evidence that the SMS is running", "dated records of every register")] : []));
  });

  describe("item 4: organisation profile, chart and business processes", () => {
    it("all three missing", () => {
      const yaml = sms({ application: "  documentList: app/document-list.xlsx\n  confidentialityStatement: app/confidentiality.pdf\n" });
      expect(items(yaml)).toEqual([
        lacks(4, "Organisation profile", "organisation profile, organisation chart, description of the main business processes"),
      ]);
    });

    it("one named but not there", () => {
      const yaml = sms({ application: APPLICATION.replace("app/chart.pdf", "app/nowhere.pdf") });
      expect(items(yaml)).toEqual([lacks(4, "Organisation profile", "organisation chart")]);
    });

    it("one not named", () => {
      const yaml = sms({ application: APPLICATION.replace("  businessProcesses: app/processes.pdf\n", "") });
      expect(items(yaml)).toEqual([lacks(4, "Organisation profile", "description of the main business processes")]);
    });
  });

  describe("item 5: the SMS documents", () => {
    const cases = [
      { name: "the plan only a draft", yaml: sms({ planStatus: "draft" }), gaps: "Service management plan" },
      {
        name: "the SLA only in review: it neither covers the SLAs nor describes service level management",
        yaml: sms({ slaStatus: "in-review" }),
        gaps: "Service level agreements, a process document for Service level management",
      },
      {
        name: "the SLA only in review, with service level management described elsewhere",
        yaml: sms({ slaStatus: "in-review", processes: [...PROCESS_CLAUSES, "8.3.3"] }),
        gaps: "Service level agreements",
      },
      { name: "no document describes problem management", yaml: sms({ processes: without("8.6.3") }), gaps: "a process document for Problem management" },
      {
        name: "a draft process document does not describe its process",
        yaml: sms({ processes: without("8.6.3"), documents: '  - id: PRB-1\n    title: Problem procedure\n    satisfies: []\n    status: draft\n    processes: ["8.6.3"]\n' }),
        gaps: "a process document for Problem management",
      },
      {
        name: "a document claiming only a record requirement of the process does not describe it",
        yaml: sms({ processes: without("8.6.3"), documents: "  - id: PRB-1\n    title: Problem log form\n    satisfies: [problem-records]\n    status: approved\n" }),
        gaps: "a process document for Problem management",
      },
      {
        name: "a parent clause under `processes` is not one of the process's clauses",
        yaml: sms({ processes: without("8.6.3").filter((c) => c !== "8.6.1"), documents: '  - id: OPS-1\n    title: Operations overview\n    satisfies: []\n    status: approved\n    processes: ["8.6"]\n' }),
        gaps: "a process document for Incident and service request management, a process document for Problem management",
      },
      {
        name: "no document list",
        yaml: sms({ application: APPLICATION.replace("  documentList: app/document-list.xlsx\n", "") }),
        gaps: "structure and list of the SMS documents",
      },
      {
        name: "a document list that is not there",
        yaml: sms({ application: APPLICATION.replace("app/document-list.xlsx", "app/nowhere.xlsx") }),
        gaps: "structure and list of the SMS documents",
      },
    ];
    for (const c of cases) it(c.name, () => expect(items(c.yaml)).toEqual([lacks(5, "SMS documents", c.gaps)]));

    it("the SLA describes service level management", () => {
      expect(PROCESS_CLAUSES).not.toContain("8.3.3");
      expect(numbers(sms())).toEqual([]);
    });

    const described = [
      { name: "an approved document claiming a document requirement of the process describes it", documents: "  - id: CHG-1\n    title: Change management policy\n    satisfies: [change-management-policy]\n    status: approved\n", clause: "8.5.1" },
      { name: "an approved document listing one of the process's clauses describes it", documents: '  - id: SEC-1\n    title: Access control procedure\n    satisfies: []\n    status: approved\n    processes: ["8.7.3.2"]\n', clause: "8.7.3" },
      { name: "an approved document listing another of the process's clauses describes it", documents: '  - id: CAP-1\n    title: Capacity procedure\n    satisfies: []\n    status: approved\n    processes: ["8.4.3"]\n', clause: "8.4.3" },
    ];
    for (const c of described) it(c.name, () => expect(numbers(sms({ processes: without(c.clause), documents: c.documents }))).toEqual([]));

    const handbook = (processes: string) => `  - id: PRC-1\n    title: Procedures handbook\n    satisfies: [required-procedures]\n    status: approved\n${processes}`;
    it("a procedures handbook that lists no processes describes every process", () => {
      expect(numbers(sms({ processes: [], documents: handbook("") }))).toEqual([]);
    });
    it("a procedures handbook that lists its processes describes those only", () => {
      expect(items(sms({ processes: without("8.6.3"), documents: handbook('    processes: ["8.6.1"]\n') }))).toEqual([lacks(5, "SMS documents", "a process document for Problem management")]);
    });

    it("with nothing at all, lists the three documents, all 13 processes and the document list", () => {
      const finding = checkYaml(MINIMAL).findings.find((f) => f.ruleId === RULE && f.params?.number === 5);
      const gaps = (finding?.params?.gaps as { en: string }).en.split(", ");
      expect(gaps.slice(0, 3)).toEqual(["Service management policy", "Service management plan", "Service level agreements"]);
      expect(gaps.filter((g) => g.startsWith("a process document for "))).toHaveLength(13);
      expect(gaps.at(-1)).toBe("structure and list of the SMS documents");
      expect(gaps).toHaveLength(17);
    });
  });

  describe("item 8: the confidentiality statement", () => {
    it("not named", () => {
      expect(items(sms({ application: APPLICATION.replace("  confidentialityStatement: app/confidentiality.pdf\n", "") }))).toEqual([
        lacks(8, "Confidentiality statement", "confidentiality statement"),
      ]);
    });

    it("named but not there", () => {
      const files = { ...APPLICATION_FILES };
      delete (files as Record<string, string | undefined>)["app/confidentiality.pdf"];
      expect(items(sms(), files)).toEqual([lacks(8, "Confidentiality statement", "confidentiality statement")]);
    });
  });
});
