// Organisations written independently of the tool, each with the verdict a lead auditor gave before
// the tool was run on it (test/fixtures/auditor-cases/README.md). check, report gap and report
// dossier must all give that verdict.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalog } from "../../src/catalog/catalog.js";
import { runCheck } from "../../src/cli/run-check.js";
import { DEFAULT_MAX_BYTES } from "../../src/io/read-source.js";
import { dossierView } from "../../src/report/views/dossier-view.js";
import { gapView } from "../../src/report/views/gap-view.js";
import { ROOT } from "../helpers/cli.js";

const CASES = join(ROOT, "test/fixtures/auditor-cases");

interface Expected {
  asOf: string;
  lang: "en" | "zh-CN";
  verdict: "ready" | "not-ready";
  prerequisitesNotMet: string[];
  earliestApplicationDate: string | null;
  majorsAtLeast: number;
}

const PREREQUISITE: Record<string, string> = {
  "legal-entity-evidence-missing": "legal-entity",
  "sms-operation-too-short": "three-months",
  "internal-audit-missing": "internal-audit",
  "management-review-missing": "management-review",
  "administrative-penalty-recent": "no-penalty",
  "application-dossier-incomplete": "dossier",
};

// Where the tool is stricter about the dossier than the auditor's note, and why; the verdict agrees.
const DOSSIER_ALSO_INCOMPLETE: Record<string, string> = {
  "cobalt-waiver-on-major": "item 3: the continuity test register has no records to copy",
  "ferris-stale-registers": "item 3: registers of mandatory records without records to copy",
  "quill-sla-in-review": "item 5: no SLA in force to hand over",
  // As kestrel-audit-before-start's auditor counts an audit held before the start: the one review came
  // before the audit, so the dossier has no minutes of a review that considered the audit.
  "review-before-audit": "item 7: no minutes of a management review held after the internal audit",
};

// Where the tool grades as a major nonconformity what the case's auditor counted as an unmet
// prerequisite, and why; the verdict and the date agree, and the major must be there.
const PREREQUISITE_GRADED_AS_MAJOR: Record<string, { prerequisite: string; ruleId: string; why: string }> = {
  "partial-audit-coverage": { prerequisite: "internal-audit", ruleId: "internal-audit-coverage", why: "an audit of the running SMS was held; that it reached no clause 8 process is the coverage rule's major" },
  "excluded-capacity-management": { prerequisite: "dossier", ruleId: "required-document-missing", why: "as the first auditor's README says, a missing document is a major, not a dossier gap (the manual describes the processes)" },
};

describe("independently written organisations get the auditor's verdict", () => {
  for (const name of readdirSync(CASES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(CASES, name, "expected.json"), "utf8")) as Expected;
      const run = runCheck("sms.yaml", { cwd: join(CASES, name), asOf: expected.asOf, lang: expected.lang, maxBytes: DEFAULT_MAX_BYTES });
      const { report } = run;
      expect(report.valid).toBe(true);
      expect(report.verdict.status).toBe(expected.verdict);
      // The dossier is incomplete when any item is, whichever prerequisite reports it.
      const unmet = new Set(report.findings.filter((f) => f.category === "prerequisite").map((f) => PREREQUISITE[f.ruleId]));
      if (report.dossier.some((d) => d.state !== "provided" && d.state !== "generated")) unmet.add("dossier");
      const wanted = new Set(expected.prerequisitesNotMet);
      if (DOSSIER_ALSO_INCOMPLETE[name]) wanted.add("dossier");
      const gradedAsMajor = PREREQUISITE_GRADED_AS_MAJOR[name];
      if (gradedAsMajor) {
        wanted.delete(gradedAsMajor.prerequisite);
        expect(report.findings.some((f) => f.ruleId === gradedAsMajor.ruleId && f.severity === "major")).toBe(true);
      }
      expect([...unmet].sort()).toEqual([...wanted].sort());
      // A ready organisation may apply now: the auditor wrote the as-of date, the tool gives no date.
      expect(report.verdict.earliestApplicationDate ?? null).toBe(expected.verdict === "ready" ? null : expected.earliestApplicationDate);
      // Audit and review results missing are prerequisites here, not majors too: count them as uncovered.
      expect(Math.max(report.verdict.counts.majors, report.verdict.counts.uncovered)).toBeGreaterThanOrEqual(expected.majorsAtLeast);
      // One verdict everywhere.
      const sms = run.index!.description;
      const presentation = { audience: "client" as const, branding: { preparedBy: "", version: "", confidentiality: "", distribution: [], logo: "" } };
      expect(gapView(report, sms, catalog, run.evidence, presentation).verdict.ready).toBe(expected.verdict === "ready");
      expect(dossierView(report, sms, catalog, run.evidence, presentation).verdict.ready).toBe(expected.verdict === "ready");
    });
  }
});
