// Machine output of `validate`: a stable JSON shape, no colour.
import type { ValidationReport } from "../model.js";
import type { Formatter } from "./types.js";

export const validationJson: Formatter<ValidationReport> = {
  name: "json",
  extension: ".json",
  render(report) {
    const { tool, files } = report;
    return JSON.stringify({ tool, valid: files.every((f) => f.valid), files }, null, 2) + "\n";
  },
};
