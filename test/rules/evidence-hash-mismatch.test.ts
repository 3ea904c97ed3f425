import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkYaml, findingsOf, MINIMAL } from "../helpers/check-yaml.js";

const RULE = "evidence-hash-mismatch";

const sha256 = (content: string) => createHash("sha256").update(content).digest("hex");
const CURRENT = "Service management policy, version 2.0\n";
const FILES = { "docs/policy.pdf": CURRENT };

// Lines 1-9 of MINIMAL, then `documents:` on line 10; the first document's sha256 value is at line 15, column 13.
const HEAD = MINIMAL.replace("documents: []\n", "");
const withHash = (hash: string, evidence = "docs/policy.pdf") => `${HEAD}documents:
  - id: POL-1
    title: Service management policy
    satisfies: [service-management-policy]
    evidence: ${evidence}
    sha256: "${hash}"
`;

// The first document names the file without a hash, the second with a stale one: the file is hashed all the same.
const sharedFile = `${HEAD}documents:
  - id: POL-1
    title: Service management policy
    satisfies: [service-management-policy]
    evidence: docs/policy.pdf
  - id: POL-2
    title: Service management policy (signed copy)
    satisfies: [service-management-policy]
    evidence: docs/policy.pdf
    sha256: "${sha256("an older version\n")}"
`;

const noEvidence = `${HEAD}documents:
  - id: POL-1
    title: Service management policy
    satisfies: [service-management-policy]
    sha256: "${sha256(CURRENT)}"
`;

const mismatch = (pointer: string, line: number) => ({
  messageId: "mismatch",
  severity: "minor",
  clause: "7.5.3",
  requirementId: "service-management-policy",
  pointer,
  line,
  column: 13,
});

describe(RULE, () => {
  const cases = [
    { name: "the recorded hash matches the file", yaml: withHash(sha256(CURRENT)), files: FILES, findings: [] },
    { name: "the file changed since its hash was recorded", yaml: withHash(sha256("an older version\n")), files: FILES, findings: [mismatch("/documents/0/sha256", 15)] },
    { name: "the file is missing: left to evidence-missing", yaml: withHash(sha256(CURRENT)), files: {}, findings: [] },
    { name: "the path leaves the root: left to evidence-outside-root", yaml: withHash(sha256(CURRENT), "../policy.pdf"), files: FILES, findings: [] },
    { name: "a hash with no evidence file to compare", yaml: noEvidence, files: FILES, findings: [] },
    { name: "a file named twice, hashed for the entry that records a hash", yaml: sharedFile, files: FILES, findings: [mismatch("/documents/1/sha256", 19)] },
  ];
  for (const c of cases) it(c.name, () => expect(findingsOf(checkYaml(c.yaml, { files: c.files }), RULE)).toEqual(c.findings));

  it("names the file and the document", () => {
    const finding = checkYaml(withHash(sha256("an older version\n")), { files: FILES }).findings.find((f) => f.ruleId === RULE);
    expect(finding?.message).toBe("evidence file docs/policy.pdf of document POL-1 has changed since its checksum was recorded");
  });
});
