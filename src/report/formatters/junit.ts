// JUnit XML for CI test tabs: a suite per clause 4 to 10, a test case per requirement, a failure per finding.
import { XMLBuilder } from "fast-xml-parser";
import { translator, type Translate } from "../../i18n/translate.js";
import type { CheckFinding, CheckReport } from "../model.js";
import type { Formatter } from "./types.js";

interface TestCase {
  name: string;
  classname: string;
  failures: CheckFinding[];
  skipped: boolean;
}

interface TestSuite {
  name: string;
  cases: TestCase[];
}

// Attributes keep insertion order; empty elements close themselves (<skipped/>); "true" stays a value.
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  format: true,
  indentBy: "  ",
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
});

export const junit: Formatter<CheckReport> = {
  name: "junit",
  extension: ".xml",
  render(report) {
    const t = translator(report.lang);
    const suites = testSuites(report, t);
    const count = (cases: TestCase[]) => ({
      tests: cases.length,
      failures: cases.reduce((n, c) => n + c.failures.length, 0),
      skipped: cases.filter((c) => c.skipped).length,
    });
    const all = count(suites.flatMap((s) => s.cases));
    const xml = {
      "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
      testsuites: {
        "@_name": "iso20k",
        "@_tests": all.tests,
        "@_failures": all.failures,
        "@_skipped": all.skipped,
        testsuite: suites.map((suite) => {
          const n = count(suite.cases);
          return {
            "@_name": suite.name,
            "@_tests": n.tests,
            "@_failures": n.failures,
            "@_skipped": n.skipped,
            testcase: suite.cases.map((c) => testCaseNode(c, report)),
          };
        }),
      },
    };
    return builder.build(xml);
  },
};

function testCaseNode(testCase: TestCase, report: CheckReport): object {
  const node: Record<string, unknown> = { "@_classname": testCase.classname, "@_name": testCase.name };
  if (testCase.skipped) node.skipped = "";
  if (testCase.failures.length > 0) {
    node.failure = testCase.failures.map((f) => ({
      // Parsers fold newlines in attributes to spaces anyway; the body keeps the message as written.
      "@_message": f.message.replace(/\s*\r?\n\s*/g, " "),
      // Only nonconformities have a grade; a prerequisite or invalid input says what it is instead.
      "@_type": f.category === "nonconformity" ? f.severity : f.category,
      "#text": failureBody(f, report),
    }));
  }
  return node;
}

function failureBody(finding: CheckFinding, report: CheckReport): string {
  const file = finding.file ?? report.file;
  const where = finding.line === undefined ? file : `${file}:${finding.line}:${finding.column ?? 1}`;
  const lines = [`${where} (${finding.ruleId})`, finding.message];
  if (finding.remedy !== undefined) lines.push(finding.remedy);
  return lines.join("\n");
}

/** Suites for the top-level clauses in score order, then "General" for findings without a clause. */
function testSuites(report: CheckReport, t: Translate): TestSuite[] {
  const topClauses = report.scores.filter((s) => s.depth === 0);
  const topOf = (clause: string) => clause.split(".")[0];
  const known = new Set(topClauses.map((s) => s.clause));
  const requirementIds = new Set(report.requirements.map((r) => r.id));

  const byRequirement = new Map<string, CheckFinding[]>();
  const byRule = new Map<string, Map<string, CheckFinding[]>>(); // suite clause ("" for General) -> rule -> findings
  const prerequisites = new Map<string, CheckFinding[]>();
  for (const finding of report.findings) {
    if (finding.category === "prerequisite") {
      pushTo(prerequisites, finding.ruleId, finding);
      continue;
    }
    if (finding.requirementId !== undefined && requirementIds.has(finding.requirementId)) {
      pushTo(byRequirement, finding.requirementId, finding);
      continue;
    }
    const suite = finding.clause !== undefined && known.has(topOf(finding.clause)) ? topOf(finding.clause) : "";
    if (!byRule.has(suite)) byRule.set(suite, new Map());
    pushTo(byRule.get(suite)!, finding.ruleId, finding);
  }

  const ruleCases = (suite: string, classname: string): TestCase[] =>
    [...(byRule.get(suite) ?? new Map<string, CheckFinding[]>())].map(([ruleId, failures]) => ({
      name: t("format.junit.rule", { ruleId }),
      classname,
      failures,
      skipped: false,
    }));

  const suites: TestSuite[] = topClauses.map((score) => {
    const classname = `iso20k.clause-${score.clause}`;
    const requirementCases = report.requirements
      .filter((r) => r.clauses.length > 0 && topOf(r.clauses[0]) === score.clause)
      .map((r) => ({
        name: `${r.id}: ${r.title}`,
        classname,
        failures: byRequirement.get(r.id) ?? [],
        skipped: r.state === "not-applicable",
      }));
    return {
      name: t("format.junit.suite", { clause: score.clause, title: score.title }),
      cases: [...requirementCases, ...ruleCases(score.clause, classname)],
    };
  });
  if (prerequisites.size > 0)
    suites.unshift({
      name: t("format.prerequisites"),
      cases: [...prerequisites].map(([ruleId, failures]) => ({ name: t("format.junit.rule", { ruleId }), classname: "iso20k.prerequisites", failures, skipped: false })),
    });
  const general = ruleCases("", "iso20k.general");
  if (general.length > 0) suites.push({ name: t("format.general"), cases: general });
  return suites;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
