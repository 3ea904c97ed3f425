// The gap assessment with the look-ups its rules need, and the way back from a pointer in it to a
// line and column in its own file (findings about it point there, not into sms.yaml).
import type { Locator } from "../load/locator.js";
import type { AssessedItem, Conformity, GapAssessment, RemediationAction } from "../model/gap-assessment.js";
import type { EvidenceFacts, EvidenceReference } from "./evidence.js";
import { entries, type Entry } from "./sms-index.js";

export interface Place {
  file: string;
  line: number;
  column: number;
}

export class GapAssessmentIndex {
  readonly items: Entry<AssessedItem>[];
  readonly actions: Entry<RemediationAction>[];
  readonly #itemByClause = new Map<string, Entry<AssessedItem>>();

  constructor(
    readonly file: string,
    readonly assessment: GapAssessment,
    private readonly locator: Locator,
    /** What the file system said about the files cited as evidence, by path as written. */
    readonly files: EvidenceFacts = new Map(),
  ) {
    this.items = entries(assessment.items, "/items");
    this.actions = entries(assessment.actions, "/actions");
    // A clause rated twice: the later rating stands (the file is read top to bottom).
    for (const item of this.items) this.#itemByClause.set(item.value.clause, item);
  }

  get assessor(): string {
    return this.assessment.assessment.assessor;
  }

  get date(): string {
    return this.assessment.assessment.date;
  }

  item(clause: string): Entry<AssessedItem> | undefined {
    return this.#itemByClause.get(clause);
  }

  /** A clause left out of the file has not been assessed. */
  statusOf(clause: string): Conformity {
    return this.#itemByClause.get(clause)?.value.status ?? "not-assessed";
  }

  /** Actions that are still to be done (open or under way) and name `clause` among their items. */
  pendingActionsFor(clause: string): Entry<RemediationAction>[] {
    return this.actions.filter((a) => (a.value.status === "open" || a.value.status === "in-progress") && (a.value.items ?? []).includes(clause));
  }

  place(pointer: string, atKey?: boolean): Place {
    const { line, column } = this.locator.locate(pointer, atKey);
    return { file: this.file, line: line ?? 1, column: column ?? 1 };
  }
}

/** The files a gap assessment cites as evidence, for the file system to be asked about them. */
export function citedFiles(assessment: GapAssessment): EvidenceReference[] {
  return assessment.items.flatMap((item, i) =>
    (item.evidence ?? []).flatMap((evidence, j) => ("file" in evidence ? [{ path: evidence.file, pointer: `/items/${i}/evidence/${j}/file` }] : [])),
  );
}

