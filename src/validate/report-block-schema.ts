// The `report:` block that the SMS file and the gap assessment share: how a deliverable presents itself.
import { list, object, string, type JsonSchema } from "./schema-parts.js";

export function reportBlockSchema(): JsonSchema {
  return object("How the reports present themselves (`iso20k report`): who prepared them, the client's logo, the report's version, its confidentiality marking and distribution. Flags of `iso20k report` override these.", {
    preparedBy: string("Who prepared the report: the consultant or auditor, and their firm."),
    logo: string("The client's logo for the cover: a PNG, JPEG or SVG file of at most 512 KB, relative to this file's folder. It is embedded in the report."),
    version: string("The report's own version, e.g. \"1.0\". Quote it: 1.10 unquoted is the number 1.1."),
    confidentiality: string("The confidentiality marking printed on the cover and on every page, e.g. \"Confidential\"."),
    distribution: list("Who receives the report, one name or role each.", { type: "string", minLength: 1 }),
  });
}
