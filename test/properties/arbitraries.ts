// fast-check arbitraries for SMS descriptions: objects in the schema's shape with random ids, statuses, dates
// and records, some fields mutated to the wrong type, serialised as YAML in random styles; and random YAML text.
import fc from "fast-check";
import { stringify } from "yaml";
import schema from "../../schemas/sms.schema.json" with { type: "json" };

const REQUIREMENTS: string[] = schema.$defs.requirementId.enum;
const CLAUSES: string[] = schema.$defs.clauseId.enum;
const CATEGORIES: string[] = schema.properties.scope.properties.businessCategories.items.enum;
const RULE_IDS = ["required-document-missing", "document-review-due-soon", "evidence-missing", "site-incomplete", "no-such-rule", "constructor"];

/** Characters that matter to YAML, Markdown, HTML, CSV and terminals. */
const HOSTILE_CHARS = [..."ab |<>&\"'{}=+-@\n\t#:*!%`\\~?,[]", "\r", "\r\n", "\u0000", "\u001b", "\u0085", "\u009b", "\u2028", "\u202e", "\u2066", "\ud800", "é", "测", "😀", "{{", "}}"];

const plainText = fc.constantFrom(
  "Northwind Managed Services",
  "Service desk",
  "Helen Carter, SMS Manager",
  "Change Management Policy",
  "变更管理程序",
  "Café Montréal",
  "1.10",
  "no",
  "on",
  "2026-01-05",
  "12:30:00",
  "__proto__",
  "constructor",
  "<script>window.__pwned=1</script>",
);
const text = fc.oneof(
  { weight: 6, arbitrary: plainText },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...HOSTILE_CHARS), { minLength: 1, maxLength: 12 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 24 }) },
);
const badText = fc.constantFrom("", "   ");

const id = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom("NW-CHG-01", "NW-SLA-01", "NW-SVC-03", "desk", "ops", "D.1", "a_b", "constructor", "toString", "IA-1", "MR-1") },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,8}$/) },
);
const badId = fc.constantFrom("", "a b", "__proto__", "-x", "é");

const day = fc.date({ min: new Date("2019-01-01T00:00:00Z"), max: new Date("2028-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const badDate = fc.constantFrom("2026-02-30", "2026-13-01", "26-1-5", "", "yesterday", "2026-01-05T10:00:00Z");

const evidence = fc.constantFrom("docs/policy.md", "docs/policy.md", "docs/missing.md", "docs", "../outside.md", "/etc/passwd", "docs/a\u0000b.md", "C:\\Windows\\win.ini", "docs/../docs/policy.md");
const requirement = fc.constantFrom(...REQUIREMENTS);
const clause = fc.constantFrom(...CLAUSES);
const category = fc.constantFrom(...CATEGORIES);
const sha256 = fc.constantFrom("0".repeat(64), "a6f1b1e2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e");

/** A value of the wrong type for wherever it lands. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -5, max: 3000 }),
  fc.constantFrom(1.1, 0.5, -0, 1e21),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 2 }),
  fc.constant({ nested: "mapping" }),
);

/**
 * The SMS description's shape. With `bad`, any field may instead hold a wrong type or a value the schema
 * refuses (an empty title, an unknown requirement, 2026-02-30); without, every value is one the schema accepts.
 */
function smsShape(bad: boolean) {
  const maybe = <T>(arbitrary: fc.Arbitrary<T>, invalid?: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
    bad ? fc.oneof({ weight: 12, arbitrary }, { weight: 1, arbitrary: wrongType }, ...(invalid ? [{ weight: 1, arbitrary: invalid }] : [])) : arbitrary;
  const list = <T>(arbitrary: fc.Arbitrary<T>, maxLength = 4) => maybe(fc.array(arbitrary, { maxLength }));
  const set = <T>(arbitrary: fc.Arbitrary<T>, maxLength = 3) => maybe(fc.uniqueArray(arbitrary, { maxLength }), fc.array(arbitrary, { minLength: 2, maxLength: 2 }));
  const str = maybe(text, badText);
  const ident = maybe(id, badId);
  const date = maybe(day, badDate);
  const req = maybe(requirement, fc.constantFrom("chnage-management-policy", "constructor"));
  const cl = maybe(clause, fc.constantFrom("11", "8.9"));
  const oneOf = (...values: string[]) => maybe(fc.constantFrom(...values), fc.constantFrom("final", "done", ""));

  const document = fc.record(
    {
      id: ident,
      title: str,
      satisfies: set(req),
      services: set(ident),
      owner: str,
      version: maybe(fc.oneof(fc.constantFrom("1.0", "2.1", "1.10"), text)),
      status: oneOf("draft", "in-review", "approved", "approved", "approved", "retired"),
      approvalDate: date,
      nextReviewDate: date,
      evidence: maybe(evidence),
      sha256: maybe(sha256, fc.constant("abc")),
    },
    { requiredKeys: ["id", "title", "satisfies"] },
  );

  const records = fc.record(
    {
      internalAudits: list(fc.record({ id: ident, date, status: oneOf("planned", "completed", "completed"), clauses: set(cl, 7), auditor: str, evidence: maybe(evidence) }, { requiredKeys: ["id", "date", "status", "clauses"] }), 3),
      managementReviews: list(fc.record({ id: ident, date, status: oneOf("planned", "completed", "completed"), evidence: maybe(evidence) }, { requiredKeys: ["id", "date", "status"] }), 3),
      nonconformities: list(
        fc.record({ id: ident, description: str, grade: oneOf("major", "minor"), clause: cl, raised: date, due: date, closed: date, evidence: maybe(evidence) }, { requiredKeys: ["id", "description", "grade", "raised"] }),
        3,
      ),
      registers: list(fc.record({ id: ident, title: str, satisfies: set(req), owner: str, evidence: maybe(evidence), lastEntry: date }, { requiredKeys: ["id", "title", "satisfies"] }), 4),
    },
    { requiredKeys: [] },
  );

  const organization = fc.record(
    {
      name: str,
      legalEntity: maybe(fc.record({ name: str, registrationId: maybe(fc.oneof(fc.constantFrom("91310000123456789X", "08472619"), text), fc.constant(8472619)), evidence: maybe(evidence) }, { requiredKeys: [] })),
      sites: list(fc.record({ name: str, address: str, headcount: maybe(fc.integer({ min: 1, max: 500 }), fc.constantFrom(0, -1)) }, { requiredKeys: ["name"] }), 3),
      penalties: list(fc.record({ date, authority: str, description: str, evidence: maybe(evidence) }, { requiredKeys: ["date", "authority", "description"] }), 2),
    },
    { requiredKeys: ["name"] },
  );

  const scope = fc.record(
    {
      statement: str,
      services: list(fc.record({ id: ident, name: str, description: str }, { requiredKeys: ["id", "name"] }), 3),
      businessCategories: set(maybe(category, fc.constantFrom("99.99", "04.09")), 3),
      otherParties: list(fc.record({ name: str, kind: oneOf("external-supplier", "internal-supplier", "customer-as-supplier"), processes: set(cl, 3), governedBy: set(ident, 2) }, { requiredKeys: ["name", "kind"] }), 2),
      // An exclusion names a requirement or a clause (or the schema says so).
      exclusions: list(fc.oneof(fc.record({ requirement: req, justification: str }, { requiredKeys: ["requirement"] }), fc.record({ clause: cl, justification: str }, { requiredKeys: ["clause"] })), 2),
    },
    { requiredKeys: [] },
  );

  // A waiver names a rule, a requirement, or both.
  const waiver = fc.record(
    { id: ident, rule: maybe(fc.constantFrom(...RULE_IDS)), requirement: req, justification: str, approver: str, expires: date },
    { requiredKeys: ["id", "justification", "approver", "expires"] },
  );
  const namedWaiver = bad ? waiver : waiver.filter((w) => "rule" in w || "requirement" in w);

  return fc.record(
    {
      organization: maybe(organization),
      scope: maybe(scope),
      sms: maybe(fc.record({ startDate: date, managementRepresentative: str }, { requiredKeys: ["startDate"] })),
      context: maybe(fc.record({ climateChange: maybe(fc.record({ relevant: maybe(fc.boolean()), rationale: str }, { requiredKeys: ["relevant"] })) }, { requiredKeys: [] })),
      documents: list(document, 8),
      records: maybe(records),
      waivers: list(namedWaiver, 2),
      application: maybe(fc.record({ organizationProfile: maybe(evidence), confidentialityStatement: maybe(evidence) }, { requiredKeys: [] })),
    },
    { requiredKeys: ["organization", "scope", "sms", "documents"] },
  );
}

const validSms = smsShape(false);
const invalidSms = smsShape(true);

type Mutation = [at: number, kind: "delete" | "wrong" | "unknown", value: unknown];

/** Every mapping and list in `value`, with the keys in it, so that mutations can pick one. */
function containers(value: unknown, found: [object, string][] = []): [object, string][] {
  if (value === null || typeof value !== "object") return found;
  for (const key of Object.keys(value)) {
    found.push([value, key]);
    containers((value as Record<string, unknown>)[key], found);
  }
  return found;
}

/** Deletes a member, gives it a value of the wrong type, or adds an unknown key beside it. */
function mutate(generated: Record<string, unknown>, mutations: Mutation[]): Record<string, unknown> {
  // fast-check may hand out the same value again (and shares constants): mutate a copy, insert copies.
  const sms = structuredClone(generated);
  for (const [at, kind, shared] of mutations) {
    const value = structuredClone(shared);
    const places = containers(sms);
    if (places.length === 0) break;
    const [holder, key] = places[at % places.length];
    const target = holder as Record<string, unknown>;
    if (kind === "delete") delete target[key];
    else if (kind === "wrong") target[key] = value;
    else if (!Array.isArray(holder)) Object.defineProperty(holder, ["colour", "titel", "constructor", "__proto__", "x-extra"][at % 5], { value, enumerable: true, writable: true, configurable: true });
  }
  return sms;
}

const mutations = fc.array(fc.tuple(fc.nat(), fc.constantFrom("delete" as const, "wrong" as const, "unknown" as const), wrongType), { maxLength: 3 });

/** The style a person (or a tool) might write YAML in. */
const style = fc.record({
  collectionStyle: fc.constantFrom("any" as const, "block" as const, "flow" as const),
  indent: fc.constantFrom(2, 4),
  lineWidth: fc.constantFrom(0, 40, 80),
  defaultStringType: fc.constantFrom("PLAIN" as const, "QUOTE_DOUBLE" as const, "QUOTE_SINGLE" as const),
  comments: fc.array(fc.nat(), { maxLength: 3 }),
  crlf: fc.boolean(),
  /** Equal mappings and lists written once with an anchor, then as aliases. */
  aliases: fc.boolean(),
  documentStart: fc.boolean(),
});

interface Style {
  collectionStyle: "any" | "block" | "flow";
  indent: number;
  lineWidth: number;
  defaultStringType: "PLAIN" | "QUOTE_DOUBLE" | "QUOTE_SINGLE";
  aliases: boolean;
  documentStart: boolean;
}

function serialise(sms: unknown, s: Style): string {
  const value = s.aliases ? shareEqual(sms, new Map()) : sms;
  return stringify(value, { collectionStyle: s.collectionStyle, indent: s.indent, lineWidth: s.lineWidth, defaultStringType: s.defaultStringType, directives: s.documentStart ? true : undefined });
}

/** The same object for equal collections, which the yaml package then writes as an anchor and aliases. */
function shareEqual(value: unknown, seen: Map<string, unknown>): unknown {
  if (value === null || typeof value !== "object") return value;
  const copy: unknown = Array.isArray(value) ? value.map((item) => shareEqual(item, seen)) : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shareEqual(item, seen)]));
  const key = JSON.stringify(copy);
  if (!seen.has(key)) seen.set(key, copy);
  return seen.get(key);
}

/** Comment lines between the lines, and CRLF line ends, as people's editors leave them. */
function dress(yaml: string, s: { comments: number[]; crlf: boolean }): string {
  const lines = yaml.split("\n");
  for (const at of s.comments) lines.splice(at % lines.length, 0, "# a comment line: & * << ! %");
  const dressed = lines.join("\n");
  return s.crlf ? dressed.replace(/\n/g, "\r\n") : dressed;
}

/** A valid SMS description (the schema accepts it; the rules find what they find), in a random style. */
export const validSmsYaml: fc.Arbitrary<string> = fc.tuple(validSms, style).map(([sms, s]) => dress(serialise(sms, s), s));

/** An SMS description with wrong types, refused values, deleted members and unknown keys. */
export const invalidSmsYaml: fc.Arbitrary<string> = fc.tuple(invalidSms, mutations, style).map(([sms, changes, s]) => dress(serialise(mutate(sms as Record<string, unknown>, changes), s), s));

/** Valid or not, with no comments and LF line ends: text both YAML paths must read alike. */
export const cleanSmsYaml: fc.Arbitrary<string> = fc.tuple(fc.oneof(validSms, invalidSms), style).map(([sms, s]) => serialise(sms, s));

const YAML_PIECES = [
  ..."ab01.-: \n\t[]{},&*!|>'\"#%@`?~\\",
  "  ",
  "<<",
  "---",
  "...",
  "null",
  "organization:",
  "documents:",
  "- ",
  "\r\n",
  "é",
  "\u0000",
  "\uFEFF",
  "\u2028",
  "&a ",
  "*a",
  "!!str ",
  "__proto__:",
];

/** Random text built from YAML's syntax characters. */
export const yamlNoise: fc.Arbitrary<string> = fc.array(fc.constantFrom(...YAML_PIECES), { maxLength: 60 }).map((parts) => parts.join(""));

/** A valid-looking SMS with a few random edits: breakage deep inside an otherwise plausible file. */
export const editedSmsYaml: fc.Arbitrary<string> = fc
  .tuple(validSmsYaml, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(...YAML_PIECES)), { minLength: 1, maxLength: 4 }))
  .map(([yaml, edits]) => edits.reduce((text, [at, remove, insert]) => text.slice(0, at % (text.length + 1)) + insert + text.slice((at % (text.length + 1)) + remove), yaml));

/** Anything a pull request might put in sms.yaml. */
export const anyInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: validSmsYaml },
  { weight: 3, arbitrary: invalidSmsYaml },
  { weight: 2, arbitrary: editedSmsYaml },
  { weight: 2, arbitrary: yamlNoise },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }) },
);
