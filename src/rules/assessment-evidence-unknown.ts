// Evidence the assessor cites that is not there: an id the SMS file does not have (a typo, or a
// document never listed), or a file that does not exist inside the gap assessment's folder.
import type { Rule } from "./types.js";

export const assessmentEvidenceUnknown: Rule = {
  id: "assessment-evidence-unknown",
  severity: "minor",
  // Any clause: each finding carries the clause of the item it is about.
  clauses: ["4", "5", "6", "7", "8", "9", "10"],
  messages: ["document", "record", "file"],
  check(sms, { gap, report }) {
    if (!gap) return;
    const records = new Set([...sms.registers, ...sms.internalAudits, ...sms.managementReviews].map((entry) => entry.value.id));
    for (const nonconformity of sms.description.records?.nonconformities ?? []) records.add(nonconformity.id);
    for (const { value: item, pointer } of gap.items)
      (item.evidence ?? []).forEach((evidence, index) => {
        const at = `${pointer}/evidence/${index}`;
        if ("document" in evidence && !sms.hasDocument(evidence.document))
          report({ messageId: "document", params: { id: evidence.document, clause: item.clause }, clause: item.clause, pointer: at, ...gap.place(at) });
        if ("record" in evidence && !records.has(evidence.record))
          report({ messageId: "record", params: { id: evidence.record, clause: item.clause }, clause: item.clause, pointer: at, ...gap.place(at) });
        if ("file" in evidence && gap.files.get(evidence.file)?.state !== "ok")
          report({ messageId: "file", params: { file: evidence.file, clause: item.clause }, clause: item.clause, pointer: `${at}/file`, ...gap.place(`${at}/file`) });
      });
  },
};
