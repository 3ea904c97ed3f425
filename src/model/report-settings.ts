// How a deliverable presents itself: who prepared it, for whom, under what marking. From a `report:`
// block in the SMS file or the gap assessment, and from `iso20k report`'s flags.

export interface ReportSettings {
  /** The consultant or auditor, and their firm. */
  preparedBy?: string;
  /** The client's logo: a PNG, JPEG or SVG file, relative to the file that names it. */
  logo?: string;
  /** The deliverable's own version, e.g. "1.0" or "draft 2". */
  version?: string;
  /** The marking printed on every page, e.g. "Confidential: client and certification body only". */
  confidentiality?: string;
  /** Who receives the report. */
  distribution?: string[];
}
