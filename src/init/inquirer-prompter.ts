// The Prompter over inquirer's prompts, loaded only when `iso20k init` really asks a person.
import type { Translate } from "../i18n/translate.js";
import { isChoiceGroup, PromptCancelled, type Prompter } from "./prompter.js";

const PAGE_SIZE = 15;
const SHOWN_CHOICES = 4;

/** Loads inquirer on first use, so that other commands never pay for it. */
export async function createInquirerPrompter(t: Translate): Promise<Prompter> {
  // The four prompt packages of @inquirer/prompts, not its index: that would also bundle the editor prompt and its encodings.
  const [{ default: checkbox, Separator }, { default: confirm }, { default: input }, { default: select }] = await Promise.all([
    import("@inquirer/checkbox"),
    import("@inquirer/confirm"),
    import("@inquirer/input"),
    import("@inquirer/select"),
  ]);
  const keysHelpTip = () => t("init.prompt.selectHelp");
  // A long list of ticked items would fill the screen once answered: past a few, say how many.
  const renderSelectedChoices = (selected: ReadonlyArray<{ short: string }>) =>
    selected.length <= SHOWN_CHOICES ? selected.map((c) => c.short).join(", ") : t("init.prompt.ticked", { count: selected.length });

  return {
    input: (q) =>
      cancellable(() => input({ message: q.message, default: q.default, validate: q.validate ?? (() => true) })),

    number: async (q) => {
      const answer = await cancellable(() =>
        input({
          message: q.message,
          default: q.default === undefined ? undefined : String(q.default),
          validate: (text) => {
            const parsed = parseNumber(text);
            if (parsed === null) return t("init.prompt.notNumber");
            return q.validate ? q.validate(parsed) : true;
          },
        }),
      );
      return parseNumber(answer) ?? undefined;
    },

    confirm: (q) =>
      cancellable(() => confirm({ message: q.message, default: q.default, transformer: (yes) => t(yes ? "init.prompt.yes" : "init.prompt.no") })),

    checkbox: (q) =>
      cancellable(() =>
        checkbox({
          message: q.message,
          pageSize: PAGE_SIZE,
          loop: false,
          instructions: t("init.prompt.checkboxHelp"),
          theme: { style: { renderSelectedChoices } },
          choices: q.choices.map((c) => (isChoiceGroup(c) ? new Separator(c.separator) : c)),
        }),
      ),

    select: (q) =>
      cancellable(() =>
        select({ message: q.message, choices: q.choices, default: q.default, pageSize: PAGE_SIZE, theme: { style: { keysHelpTip } } }),
      ),
  };
}

/** An empty answer is undefined, a whole number is itself, anything else is null. */
function parseNumber(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  return /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : null;
}

// inquirer rejects with ExitPromptError on Ctrl-C and AbortPromptError when aborted.
async function cancellable<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError")) throw new PromptCancelled();
    throw error;
  }
}
