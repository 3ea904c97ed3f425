// Machine output of `validate`: a stable JSON shape, no colour.
import type { ValidationReport } from "../model.js";
import { jsonText } from "./json-text.js";
import type { Formatter } from "./types.js";

export const validationJson: Formatter<ValidationReport> = {
  name: "json",
  extension: ".json",
  render(report) {
    const { tool, files } = report;
    return jsonText({ tool, valid: files.every((f) => f.valid), files });
  },
};
