// An expected failure (bad flag, unreadable file): the CLI prints one line and exits 2.
import type { MessageParams } from "../i18n/translate.js";

export class InputError extends Error {
  constructor(
    readonly messageId: string,
    readonly params: MessageParams = {},
  ) {
    super(messageId);
    this.name = "InputError";
  }
}
