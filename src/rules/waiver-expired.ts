// A waiver past its expiry suppresses nothing and needs renewing or removing.
import { entries } from "../engine/sms-index.js";
import type { Rule } from "./types.js";

export const waiverExpired: Rule = {
  id: "waiver-expired",
  severity: "minor",
  clauses: ["10.1"],
  messages: ["expired"],
  check(sms, { asOf, report }) {
    for (const { value: waiver, pointer } of entries(sms.description.waivers, "/waivers")) {
      if (waiver.expires >= asOf) continue;
      report({ messageId: "expired", params: { id: waiver.id, expires: waiver.expires }, pointer: `${pointer}/expires` });
    }
  },
};
