// What a check of several files says about them as a whole: each file's verdict, and one line that counts them.
import type { Translate } from "../../i18n/translate.js";
import type { CheckReport } from "../model.js";

export type FileVerdict = "ready" | "not-ready" | "invalid";

/** An invalid file has no verdict of its own worth repeating: it could not be judged. */
export function fileVerdict(report: CheckReport): FileVerdict {
  return report.valid ? report.verdict.status : "invalid";
}

/** "3 SMS files checked: 1 ready, 1 not ready, 1 invalid". */
export function setSummary(reports: CheckReport[], t: Translate): string {
  const count = (verdict: FileVerdict) => reports.filter((report) => fileVerdict(report) === verdict).length;
  return t("format.files.summary", { count: reports.length, ready: count("ready"), notReady: count("not-ready"), invalid: count("invalid") });
}
