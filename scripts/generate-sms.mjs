// The organisations the benchmarks read: `organisation(count)` is an SMS file of `count` documents, the
// same for the same count, about 5% of them with something an auditor would flag; `styles(count)`, the same
// organisation written in several styles; `policyRepository(folder, count)`, one whose documents are Markdown files.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";

// Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same files.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOCUMENT_REQUIREMENTS = [
  "sms-scope", "sms-processes", "service-management-policy", "risk-management-approach", "service-management-objectives",
  "service-management-plan", "required-procedures", "service-requirements", "service-catalogue", "service-stakeholders",
  "service-level-agreements", "external-supplier-contracts", "capacity-plan", "change-management-policy", "service-design",
  "release-policy", "major-incident-procedure", "availability-requirements", "service-continuity-requirements",
  "service-continuity-plan", "information-security-policy", "information-security-controls", "internal-audit-programme",
];
const RECORD_REQUIREMENTS = [
  "risks-and-opportunities", "competence-records", "conformity-records", "operational-control-records", "configuration-information",
  "service-complaint-records", "supplier-dispute-records", "change-records", "incident-records", "service-request-records",
  "problem-records", "known-error-records", "availability-risk-assessment", "availability-monitoring-results",
  "continuity-risk-assessment", "continuity-test-reports", "information-security-risk-assessment",
  "information-security-incident-records", "monitoring-and-evaluation-results", "service-reports", "nonconformity-records",
  "improvement-opportunity-records",
];

/** An organisation with `count` documents; about 5% of them have something an auditor would flag. */
export function organisation(count) {
  const next = random(count);
  const lines = [
    "organization:",
    `  name: Benchmark Services ${count}`,
    '  legalEntity: { registrationId: "91310000MA1BENCH0", evidence: evidence/e0.md }',
    '  sites: [{ name: Head office, address: "1 Main Street", headcount: 120 }]',
    "scope:",
    "  statement: Managed services for benchmark customers.",
    "  services: [{ id: desk, name: Service desk }, { id: ops, name: Operations }]",
    '  businessCategories: ["04.02", "06.04"]',
    "sms:",
    '  startDate: "2026-01-05"',
    "  managementRepresentative: Quality Manager",
    "context:",
    "  climateChange: { relevant: false, rationale: Office-based services only. }",
    "documents:",
  ];
  for (let i = 0; i < count; i++) {
    const roll = next();
    const status = roll < 0.01 ? "draft" : "approved";
    const review = roll > 0.97 ? "2026-09-30" : `2027-0${1 + Math.floor(next() * 9)}-15`;
    lines.push(
      `  - id: DOC-${String(i).padStart(6, "0")}`,
      `    title: Controlled document ${i}`,
      `    satisfies: [${DOCUMENT_REQUIREMENTS[i % DOCUMENT_REQUIREMENTS.length]}]`,
      ...(roll > 0.01 && roll < 0.02 ? [] : [`    owner: Process owner ${i % 37}`]),
      `    version: "${1 + (i % 4)}.${i % 10}"`,
      `    status: ${status}`,
      '    approvalDate: "2026-02-10"',
      `    nextReviewDate: "${review}"`,
      `    evidence: evidence/e${i % 100}.md`,
    );
  }
  lines.push(
    "records:",
    '  internalAudits: [{ id: IA-1, date: "2026-09-15", status: completed, clauses: ["4", "5", "6", "7", "8", "9", "10"], evidence: evidence/e1.md }]',
    '  managementReviews: [{ id: MR-1, date: "2026-10-12", status: completed, evidence: evidence/e2.md }]',
    "  registers:",
    ...RECORD_REQUIREMENTS.map((id, i) => `    - { id: REG-${i}, title: Register ${i}, satisfies: [${id}], evidence: evidence/e${i}.md }`),
  );
  return lines.join("\n") + "\n";
}

/** A valid SMS with one document naming `findings` services the scope lacks (a finding each), and `waivers` waivers for a rule that never fires. */
export function findingsAndWaivers(findings, waivers) {
  const services = Array.from({ length: findings }, (_, i) => `s${i}`).join(", ");
  const lines = [
    "organization:",
    "  name: Hostile Benchmark Ltd",
    "scope:",
    "  statement: Managed services.",
    "  services: [{ id: desk, name: Service desk }]",
    "sms:",
    '  startDate: "2026-01-05"',
    "documents:",
    "  - id: DOC-1",
    "    title: Service management policy",
    "    satisfies: [service-management-policy]",
    `    services: [${services}]`,
    ...(waivers > 0 ? ["waivers:"] : []),
  ];
  for (let i = 0; i < waivers; i++)
    lines.push(`  - { id: W-${i}, rule: document-review-overdue, requirement: service-catalogue, justification: Accepted for the benchmark, approver: Quality Manager, expires: "2099-12-31" }`);
  return lines.join("\n") + "\n";
}

/**
 * The same organisation in the styles real tools and people write, by name: the generator's own block
 * style; a YAML dumper's (keys sorted, lists not indented under their key, long lines folded, as
 * PyYAML's safe_dump writes); a `---` line on top; anchors and aliases for repeated owners; JSON; and
 * one flow mapping per document per line.
 */
export function styles(count) {
  const own = organisation(count);
  const data = YAML.parse(own);
  const owners = new Map();
  const anchored = own.replace(/^( {4}owner: )(.+)$/gm, (_, key, owner) => {
    const name = `o${owners.size}`;
    if (owners.has(owner)) return `${key}*${owners.get(owner)}`;
    owners.set(owner, name);
    return `${key}&${name} ${owner}`;
  });
  const flowLines = own.replace(/^documents:\n[\s\S]*?(?=^records:)/m, () => `documents:\n${data.documents.map((d) => `  - ${YAML.stringify(d, { collectionStyle: "flow", lineWidth: 0 }).trim()}`).join("\n")}\n`);
  return {
    block: own,
    dumper: YAML.stringify(data, { sortMapEntries: true, indentSeq: false, lineWidth: 80, defaultStringType: "PLAIN" }),
    "document start": `---\n${own}`,
    anchors: anchored,
    JSON: `${JSON.stringify(data, null, 2)}\n`,
    "flow lines": flowLines,
  };
}

/** An SMS whose documents are `count` Markdown policies under documentSources, each describing itself in its front matter. */
export function policyRepository(folder, count) {
  mkdirSync(join(folder, "policies"), { recursive: true });
  for (let i = 0; i < count; i++)
    writeFileSync(
      join(folder, "policies", `p${i}.md`),
      ["---", `id: POL-${i}`, `title: Policy ${i}`, "satisfies: [service-level-agreements]", "owner: Service Owner", 'version: "1.0"', "status: approved", "approvalDate: 2026-02-10", "nextReviewDate: 2027-02-10", "---", "", `# Policy ${i}`, ""].join("\n"),
    );
  const sms = organisation(1).replace(/^documents:[\s\S]*?(?=^records:)/m, "documents: []\ndocumentSources:\n  - policies/*.md\n");
  writeFileSync(join(folder, "sms.yaml"), sms);
  return join(folder, "sms.yaml");
}
