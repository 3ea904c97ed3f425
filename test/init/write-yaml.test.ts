import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { catalog } from "../../src/catalog/catalog.js";
import type { InitAnswers } from "../../src/init/answers.js";
import { buildSms, missingMandatory, serviceEntries } from "../../src/init/build-sms.js";
import { writeSmsYaml, yamlString } from "../../src/init/write-yaml.js";
import { checkYaml, findingsOf } from "../helpers/check-yaml.js";

const TODAY = "2026-11-21";

const ANSWERS: InitAnswers = {
  organization: {
    name: "Northwind: Managed Services #1",
    registrationId: "08472619",
    sites: [{ name: "Reading head office", address: "Unit 4, Thames Valley Park, Reading", headcount: 46 }, { name: "Leeds" }],
  },
  scope: { statement: "Service desk from Reading.", services: ["Service desk", "Infra ops"], businessCategories: ["06.04", "04.02"] },
  startDate: "2026-03-02",
  managementRepresentative: "Helen Carter",
  existing: [
    { requirementId: "change-management-policy", kind: "document", title: "Change management policy", owner: "Change Manager", status: "approved", version: "1.10", evidence: "docs/Change Policy v1.10.pdf" },
    { requirementId: "sms-scope", kind: "document", title: "Scope of the SMS", status: "draft" },
    { requirementId: "incident-records", kind: "register", title: "Incident log", owner: "Service Desk Manager" },
  ],
  internalAudit: { date: "2026-09-15" },
};

function render(answers: InitAnswers, lang: "en" | "zh-CN" = "en"): string {
  const sms = buildSms(answers);
  return writeSmsYaml(sms, {
    catalog,
    lang,
    schemaRef: "../schemas/sms.schema.json",
    today: TODAY,
    checkCommand: "iso20k check sms.yaml",
    missing: missingMandatory(sms, catalog, TODAY),
    unmatched: ["client/notes/random.txt"],
  });
}

/** Requirement ids the commented-out stubs stand for. */
function stubbedRequirements(text: string): string[] {
  const ids = [...text.matchAll(/^ *# +satisfies: \[([a-z0-9-]+)\]/gm)].map((m) => m[1]);
  if (/^ *# +internalAudits:/m.test(text)) ids.push("internal-audit-results");
  if (/^ *# +managementReviews:/m.test(text)) ids.push("management-review-results");
  return ids.sort();
}

/** What a person does with the to-do list: uncomment every commented-out YAML line and fill in the dates. */
function uncommentEverything(text: string): string {
  return text
    .replace(/^( *)# ( *(?:- )?[A-Za-z][A-Za-z0-9]*:(?: .*)?)$/gm, "$1$2")
    .replace(/^( *)# ( *# .*)$/gm, "$1$2")
    .replace(/^documents: \[\]/m, "documents:")
    .replace(/^scope: \{\}/m, "scope:")
    .replace(/YYYY-MM-DD/g, "2026-10-20");
}

const requirementIdsOf = (findings: { requirementId?: string }[]) => findings.map((f) => f.requirementId as string).sort();

describe("writeSmsYaml", () => {
  it("starts with the schema line and writes what was answered, quoting versions and ids but not dates", () => {
    const text = render(ANSWERS);
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../schemas/sms.schema.json");
    expect(text).toContain('  name: "Northwind: Managed Services #1"\n');
    expect(text).toContain('    registrationId: "08472619"\n');
    expect(text).toContain("  startDate: 2026-03-02   #");
    expect(text).toContain('    version: "1.10"\n');
    expect(text).toContain("      date: 2026-09-15\n");
    expect(text).toContain('  businessCategories: ["06.04", "04.02"]   # 06.04 Call centre / service desk; 04.02 Hardware operation and maintenance\n');
    expect(text).toContain("#   client/notes/random.txt\n");
    const data = parse(text, { version: "1.2" });
    expect(data.organization.legalEntity.registrationId).toBe("08472619");
    expect(data.documents[0]).toEqual({
      id: "DOC-01",
      title: "Change management policy",
      satisfies: ["change-management-policy"],
      owner: "Change Manager",
      version: "1.10",
      status: "approved",
      evidence: "docs/Change Policy v1.10.pdf",
    });
  });

  it("is valid, and its commented stubs are exactly what iso20k check reports as required-document-missing", () => {
    for (const lang of ["en", "zh-CN"] as const) {
      const text = render(ANSWERS, lang);
      const missing = findingsOf(checkYaml(text, { asOf: TODAY }), "required-document-missing");
      expect(missing.length).toBeGreaterThan(30);
      expect(stubbedRequirements(text)).toEqual(requirementIdsOf(missing));
      expect(stubbedRequirements(text)).not.toContain("change-management-policy");
      expect(stubbedRequirements(text)).not.toContain("incident-records");
      expect(stubbedRequirements(text)).not.toContain("internal-audit-results");
      // Audit and review results come from the audits and reviews the prerequisites judge, not from an entry.
      expect(stubbedRequirements(text)).not.toContain("management-review-results");
    }
  });

  it("once every stub is uncommented the file stays valid and no mandatory document or record is missing", () => {
    const minimal: InitAnswers = { organization: { name: "Test Org", sites: [] }, scope: { services: [], businessCategories: [] }, startDate: "2026-01-05", existing: [] };
    for (const answers of [ANSWERS, minimal])
      for (const lang of ["en", "zh-CN"] as const) {
        const done = uncommentEverything(render(answers, lang));
        const report = checkYaml(done, { asOf: TODAY });
        // Uncommenting the otherParties stub brings in an external supplier, and with it the two external-supplier items.
        expect(findingsOf(report, "required-document-missing").map((f) => f.requirementId)).toEqual(["external-supplier-contracts", "supplier-dispute-records"]);
        expect(findingsOf(report, "duplicate-id")).toEqual([]);
        expect(stubbedRequirements(done)).toEqual([]);
      }
  });

  it("with nothing answered still writes a valid file whose stubs list every applicable mandatory item", () => {
    const text = render({ organization: { name: "Test Org", sites: [] }, scope: { services: [], businessCategories: [] }, startDate: "2026-01-05", existing: [] });
    const judgedAsPrerequisites = ["internal-audit-results", "management-review-results"];
    const applicable = catalog
      .requirements()
      .filter((r) => r.mandatory && r.appliesWhen === undefined && !r.metByRecordsOf && !judgedAsPrerequisites.includes(r.id))
      .map((r) => r.id)
      .sort();
    expect(stubbedRequirements(text)).toEqual(applicable);
    expect(text).toContain("documents: []");
    expect(text).toContain("scope: {}");
    expect(checkYaml(text, { asOf: TODAY }).valid).toBe(true);
  });

  it("writes the comments in Chinese with --lang zh-CN", () => {
    const text = render(ANSWERS, "zh-CN");
    expect(text).toContain("# 待办，尚未列出的强制要求的文件");
    expect(text).toContain("#   title: 服务管理方针");
    expect(text).toContain("06.04 呼叫中心/服务台");
  });
});

describe("yamlString", () => {
  it("reads back as the same string in YAML 1.2 and 1.1, whatever the text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.constantFrom("yes", "No", "on", "~", "null", "1.10", "0x1F", "2026-10-01", "- a", "a: b", "a #b", "'q'", "@x", "`x`", "%x", "!x", "&x", "*x", " x", "x ")), (value) => {
        for (const version of ["1.2", "1.1"] as const) expect(parse(`key: ${yamlString(value)}`, { version }).key).toBe(value);
      }),
      { numRuns: 500 },
    );
  });

  it("quotes a service id that YAML would read as a number", () => {
    const text = render({ ...ANSWERS, scope: { ...ANSWERS.scope, services: ["2024"] } });
    expect(text).toContain('    - id: "2024"\n');
    expect(parse(text).scope.services[0].id).toBe("2024");
  });

  it("leaves plain text plain", () => {
    expect(yamlString("Reading head office")).toBe("Reading head office");
    expect(yamlString("北京总部")).toBe("北京总部");
    expect(yamlString("yes")).toBe('"yes"');
  });
});

describe("writeSmsYaml with any text in the answers", () => {
  it("reads back every answer exactly, and a scan's odd file names stay inside comments", () => {
    const text = fc.string({ unit: "binary", minLength: 1 }).filter((s) => s.trim() !== "");
    fc.assert(
      fc.property(text, text, text, text, (name, site, service, owner) => {
        const answers: InitAnswers = {
          organization: { name, registrationId: name, sites: [{ name: site, address: owner }] },
          scope: { statement: service, services: [service], businessCategories: [] },
          startDate: "2026-03-02",
          managementRepresentative: owner,
          existing: [{ requirementId: "release-policy", kind: "document", title: service, owner, version: name, status: "draft", evidence: site }],
        };
        const sms = buildSms(answers);
        const written = writeSmsYaml(sms, { catalog, lang: "en", schemaRef: "x", today: TODAY, checkCommand: "c", missing: [], unmatched: [name, `a\rb\nc`] });
        expect(parse(written, { version: "1.2" })).toEqual(JSON.parse(JSON.stringify(sms)));
      }),
      { numRuns: 200 },
    );
  });
});

describe("serviceEntries", () => {
  it("derives unique ids from names, numbering names with no Latin letters", () => {
    expect(serviceEntries(["Service desk", "Service Desk!", "服务台", "Café support"]).map((s) => s.id)).toEqual([
      "service-desk",
      "service-desk-2",
      "service-3",
      "cafe-support",
    ]);
  });
});
