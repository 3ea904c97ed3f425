// JUnit XML for CI test tabs: a suite per clause 4 to 10, a test case per requirement, one failure per
// failed test case; with several files, each file's suites, named after it. Valid against the Jenkins
// xunit plugin's junit-10.xsd, which xunit enforces (it refuses a file that does not validate) and
// which other readers (Jenkins junit, GitLab) accept.
import { XMLBuilder } from "fast-xml-parser";
import { translator, type Translate } from "../../i18n/translate.js";
import { CATEGORIES, compareSeverity } from "../../model/finding.js";
import { printable } from "../../model/printable.js";
import type { CheckFinding, CheckReport } from "../model.js";
import { mapStrings } from "./map-strings.js";
import type { SourcePath } from "./source-path.js";
import type { CheckFormatter } from "./types.js";

interface TestCase {
  name: string;
  classname: string;
  findings: CheckFinding[];
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

export const junit: CheckFormatter<CheckReport> = {
  name: "junit",
  extension: ".xml",
  render: (report, { sourcePath }) => junitText([{ report, suites: testSuites(report, translator(report.lang)) }], sourcePath),
  renderMany: (reports, { sourcePath }) =>
    junitText(
      reports.map((report) => ({ report, suites: testSuites(report, translator(report.lang), sourcePath(report.file)) })),
      sourcePath,
    ),
};

function junitText(files: { report: CheckReport; suites: TestSuite[] }[], sourcePath: SourcePath): string {
  const t = translator(files[0].report.lang);
  const all = files.flatMap(({ suites }) => suites.flatMap((s) => s.cases));
  // junit-10.xsd allows no `skipped` on <testsuites>; readers add up the suites' counts instead.
  const xml = {
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    testsuites: {
      "@_name": "iso20k",
      ...counts(all),
      testsuite: files.flatMap(({ report, suites }) =>
        suites.map((suite) => ({
          "@_name": suite.name,
          ...counts(suite.cases),
          "@_skipped": suite.cases.filter((c) => c.skipped).length,
          testcase: suite.cases.map((c) => testCaseNode(c, report, sourcePath, t)),
        })),
      ),
    },
  };
  // XML 1.0 has no escape for most controls, lone surrogates or U+FFFE/U+FFFF: they are shown escaped instead.
  return builder.build(mapStrings(xml, (text) => printable(text, "layout")));
}

/**
 * Failures count failed test cases, not findings. Errors are tests that could not run: iso20k exits 2
 * with no report when it cannot check, so there are none (an invalid file is a check that failed).
 */
function counts(cases: TestCase[]): { "@_tests": number; "@_failures": number; "@_errors": number } {
  return { "@_tests": cases.length, "@_failures": cases.filter((c) => c.findings.length > 0).length, "@_errors": 0 };
}

function testCaseNode(testCase: TestCase, report: CheckReport, sourcePath: SourcePath, t: Translate): object {
  const node: Record<string, unknown> = { "@_classname": testCase.classname, "@_name": testCase.name };
  if (testCase.skipped) node.skipped = { "@_message": t("format.junit.notApplicable") };
  if (testCase.findings.length > 0) {
    // One <failure> per test case: readers show only the first, or count each as a failed test.
    const [lead, ...rest] = mostSeriousFirst(testCase.findings);
    // Parsers fold newlines in attributes to spaces anyway; the body keeps each message as written.
    const message = lead.message.replace(/\s*\r?\n\s*/g, " ");
    node.failure = {
      "@_message": rest.length === 0 ? message : t("format.junit.andMore", { message, count: rest.length }),
      // Only nonconformities have a grade; a prerequisite or invalid input says what it is instead.
      "@_type": lead.category === "nonconformity" ? lead.severity : lead.category,
      "#text": [lead, ...rest].map((f) => failureBody(f, report, sourcePath)).join("\n\n"),
    };
  }
  return node;
}

/** Invalid input, then prerequisites, then majors, minors, observations; report order within each. */
function mostSeriousFirst(findings: CheckFinding[]): CheckFinding[] {
  return [...findings].sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || compareSeverity(a.severity, b.severity));
}

function failureBody(finding: CheckFinding, report: CheckReport, sourcePath: SourcePath): string {
  const file = sourcePath(finding.file ?? report.file);
  const where = finding.line === undefined ? file : `${file}:${finding.line}:${finding.column ?? 1}`;
  const lines = [`${where} (${finding.ruleId})`, finding.message];
  if (finding.remedy !== undefined) lines.push(finding.remedy);
  return lines.join("\n");
}

/**
 * Suites for the top-level clauses in score order, then "General" for findings without a clause. With
 * several files, `file` names each suite and class, so that readers keep the files' test cases apart.
 */
function testSuites(report: CheckReport, t: Translate, file?: string): TestSuite[] {
  const suiteName = (name: string) => (file === undefined ? name : `${file}: ${name}`);
  const className = (name: string) => (file === undefined ? `iso20k.${name}` : `iso20k.${file}.${name}`);
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
    [...(byRule.get(suite) ?? new Map<string, CheckFinding[]>())].map(([ruleId, findings]) => ({
      name: t("format.junit.rule", { ruleId }),
      classname,
      findings,
      skipped: false,
    }));

  const suites: TestSuite[] = topClauses.map((score) => {
    const classname = className(`clause-${score.clause}`);
    const requirementCases = report.requirements
      .filter((r) => r.clauses.length > 0 && topOf(r.clauses[0]) === score.clause)
      .map((r) => ({
        name: `${r.id}: ${r.title}`,
        classname,
        findings: byRequirement.get(r.id) ?? [],
        skipped: r.state === "not-applicable",
      }));
    return {
      name: suiteName(t("format.junit.suite", { clause: score.clause, title: score.title })),
      cases: [...requirementCases, ...ruleCases(score.clause, classname)],
    };
  });
  if (prerequisites.size > 0)
    suites.unshift({
      name: suiteName(t("format.prerequisites")),
      cases: [...prerequisites].map(([ruleId, findings]) => ({ name: t("format.junit.rule", { ruleId }), classname: className("prerequisites"), findings, skipped: false })),
    });
  const general = ruleCases("", className("general"));
  if (general.length > 0) suites.push({ name: suiteName(t("format.general")), cases: general });
  return suites;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
