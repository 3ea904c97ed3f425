// The gap assessment file as the interview edits it: a Document of the yaml package, so that the
// consultant's own comments and layout survive every save.
import { Document, isMap, isSeq, parseDocument, YAMLSeq } from "yaml";
import type { AssessedItem, RemediationAction } from "../model/gap-assessment.js";

export interface GapHeader {
  sms: string;
  assessor: string;
  date: string;
}

export class GapFile {
  private constructor(private readonly document: Document) {}

  /** A new file: the schema line, what it is, and the header. */
  static create(header: GapHeader, comment: string, schemaRef: string): GapFile {
    const document = new Document({ assessment: header, items: [], actions: [] });
    document.commentBefore = ` yaml-language-server: $schema=${schemaRef}\n ${comment}`;
    return new GapFile(document);
  }

  /** An existing file's text, already validated against the schema. */
  static parse(text: string): GapFile {
    return new GapFile(parseDocument(text));
  }

  /** Sets the rating of `item.clause`, in place when the file rates it already, else at the end. */
  setItem(item: AssessedItem): void {
    const items = this.sequence("items");
    const node = this.document.createNode(item);
    const index = items.items.findIndex((entry) => isMap(entry) && entry.get("clause") === item.clause);
    if (index >= 0) items.items[index] = node;
    else items.items.push(node);
  }

  addAction(action: RemediationAction): void {
    this.sequence("actions").items.push(this.document.createNode(action));
  }

  /** The first "A-<n>" not taken yet. */
  nextActionId(): string {
    const taken = new Set(this.sequence("actions").items.map((entry) => (isMap(entry) ? String(entry.get("id")) : "")));
    let n = taken.size + 1;
    while (taken.has(`A-${n}`)) n += 1;
    return `A-${n}`;
  }

  setDate(date: string): void {
    this.document.setIn(["assessment", "date"], date);
  }

  toString(): string {
    return this.document.toString({ lineWidth: 0 });
  }

  /** The list under `key`, made when the file has none yet. */
  private sequence(key: string): YAMLSeq {
    const found = this.document.get(key);
    if (isSeq(found)) return found;
    const made = new YAMLSeq();
    this.document.set(key, made);
    return made;
  }
}
