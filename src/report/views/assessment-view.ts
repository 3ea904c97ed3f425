// The gap assessment as the gap report shows it: each clause's rating with the evidence seen and the
// note, in words a client reads. Its remediation plan is in the action plan.
import type { Translate } from "../../i18n/translate.js";
import type { EvidenceSeen } from "../../model/gap-assessment.js";
import type { GapAssessmentReport } from "../model.js";
import type { AssessmentView } from "./types.js";

export function assessmentView(gap: GapAssessmentReport | undefined, t: Translate): AssessmentView {
  if (!gap) return { present: false, assessor: "", date: "", items: [] };
  return {
    present: true,
    assessor: gap.assessor,
    date: gap.date,
    items: gap.items.map((item) => ({
      clause: item.clause,
      title: item.title,
      // 8.6.1 under 8: the processes indent as in the readiness table.
      depth: item.clause.split(".").length - 1,
      rating: t(`conformity.${item.status}`),
      ratingClass: `rating-${item.status}`,
      evidence: item.evidence.map((evidence) => evidenceText(evidence, t)),
      note: item.note ?? "",
    })),
  };
}

function evidenceText(evidence: EvidenceSeen, t: Translate): string {
  if ("document" in evidence) return t("view.evidence.document", { id: evidence.document });
  if ("record" in evidence) return t("view.evidence.record", { id: evidence.record });
  if ("file" in evidence) return t("view.evidence.file", { file: evidence.file });
  if ("interview" in evidence) return t("view.evidence.interview", { role: evidence.interview.role, date: evidence.interview.date });
  return t("view.evidence.observation", { text: evidence.observation });
}
