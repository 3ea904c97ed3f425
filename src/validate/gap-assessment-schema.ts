// Builds the JSON Schema of a gap assessment file from the catalogue: its item clauses, requirement
// ids and scale, each explained for editors.
import pkg from "../../package.json" with { type: "json" };
import type { Catalog } from "../catalog/catalog.js";
import { ACTION_STATUSES } from "../model/gap-assessment.js";
import { date, describedEnum, list, markdownText, object, string, type JsonSchema } from "./schema-parts.js";
import { reportBlockSchema } from "./report-block-schema.js";

export const GAP_ASSESSMENT_SCHEMA_ID = `https://raw.githubusercontent.com/iso20k/iso20k/v${pkg.version}/schemas/gap-assessment.schema.json`;

/** The scale as an editor explains it; the grades are those `explain assessed-nonconformity` gives. */
const SCALE: [string, string][] = [
  ["not-assessed", "Not assessed yet: no judgement (counts as a gap in the analysis, not in the SMS)."],
  ["not-addressed", "Not addressed: nothing is in place (a major nonconformity)."],
  ["initial", "Initial: some practice exists, ad hoc and not defined (a major nonconformity)."],
  ["inconsistent", "Defined but applied inconsistently (a minor nonconformity)."],
  ["conforming", "Conforming: defined, applied and evidenced (cite the evidence)."],
  ["not-applicable", "Not applicable to this SMS (say why in the note)."],
];

export function buildGapAssessmentSchema(catalog: Catalog): JsonSchema {
  const items = catalog.assessmentItems();
  const title = (clause: string) => catalog.clause(clause)?.title.en ?? clause;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: GAP_ASSESSMENT_SCHEMA_ID,
    title: "iso20k gap assessment",
    ...object(
      "A consultant's or internal auditor's gap assessment of one SMS against ISO/IEC 20000-1:2018: a rating per clause and process, the evidence seen, and the remediation plan. Generated from the iso20k catalogue; do not edit by hand.",
      {
        assessment: object(
          "Who assessed which SMS, and when.",
          {
            sms: string("The SMS description assessed, relative to this file."),
            assessor: string("Who made the assessment (name and role)."),
            date: date("Day the assessment was made or last updated."),
          },
          ["assessor", "date"],
        ),
        items: list("One entry per assessed clause; a clause left out counts as not assessed.", { $ref: "#/$defs/item" }),
        actions: list("The remediation plan.", { $ref: "#/$defs/action" }),
        report: reportBlockSchema(),
      },
      ["assessment", "items"],
    ),
    $defs: {
      item: object(
        "The rating of one clause or process.",
        {
          clause: describedEnum(
            items.map((i) => i.clause),
            items.map((i) => `${title(i.clause)}: ${i.question.en}`),
            items.map((i) => `**${markdownText(title(i.clause))}**: ${markdownText(i.question.en)}`),
            "A clause that is assessed on its own: a leaf clause of 4 to 10, each clause 8 process among them.",
          ),
          status: describedEnum(
            SCALE.map(([value]) => value),
            SCALE.map(([, help]) => help),
            SCALE.map(([, help]) => markdownText(help)),
            "How far the organisation conforms.",
          ),
          evidence: list("What the assessor saw.", { $ref: "#/$defs/evidence" }),
          note: string("What was found, in a sentence or two."),
          assessor: string("Who rated this item, when not the assessment's assessor."),
          date: date("Day this item was rated, when not the assessment's date."),
        },
        ["clause", "status"],
      ),
      evidence: {
        description: "One piece of evidence: a document or record id of the SMS file, a file, an interview or an observation.",
        oneOf: [
          object("A document of the SMS file, by id.", { document: string("The document's id in the SMS file.") }, ["document"]),
          object("A register, audit, review or nonconformity of the SMS file, by id.", { record: string("Its id in the SMS file.") }, ["record"]),
          object("A file, relative to this file's folder.", { file: string("Path of the file.") }, ["file"]),
          object(
            "An interview.",
            {
              interview: object(
                "Who was interviewed, and when.",
                { role: string("The interviewee's role."), name: string("The interviewee's name."), date: date("Day of the interview.") },
                ["role", "date"],
              ),
            },
            ["interview"],
          ),
          object("Something the assessor observed.", { observation: string("What was observed.") }, ["observation"]),
        ],
      },
      action: object(
        "One step of the remediation plan.",
        {
          id: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$", description: "Action id, unique in the file." },
          action: string("What is to be done."),
          owner: string("Who answers for it."),
          due: date("Day it is due."),
          status: { enum: [...ACTION_STATUSES], description: "Where it stands." },
          items: list("Clauses of the assessed items it closes.", { type: "string", enum: items.map((i) => i.clause) }, { uniqueItems: true }),
          requirements: list("Catalogue requirement ids whose findings it closes.", { type: "string", enum: catalog.requirements().map((r) => r.id) }, { uniqueItems: true }),
        },
        ["id", "action", "due", "status"],
      ),
      date: { type: "string", format: "date", description: "A calendar date, YYYY-MM-DD." },
    },
  };
}
