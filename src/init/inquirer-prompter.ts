// The Prompter over inquirer's prompts, loaded only when `iso20k init` really asks a person.
import type { Translate } from "../i18n/translate.js";
import { parseWholeNumber, parseYesNo } from "./formats.js";
import { isChoiceGroup, PromptCancelled, type Choice, type ChoiceGroup, type Prompter } from "./prompter.js";

const PAGE_SIZE = 15;
const SHOWN_CHOICES = 4;

/** Loads inquirer on first use, so that other commands never pay for it. */
export async function createInquirerPrompter(t: Translate): Promise<Prompter> {
  // The three prompt packages of @inquirer/prompts, not its index: that would also bundle the editor prompt and its encodings.
  // Not @inquirer/confirm: it knows y and n only, and takes 是 for the default.
  const [{ default: checkbox, Separator }, { default: input }, { default: select }] = await Promise.all([
    import("@inquirer/checkbox"),
    import("@inquirer/input"),
    import("@inquirer/select"),
  ]);
  const withSeparators = <T>(choices: ReadonlyArray<Choice<T> | ChoiceGroup>) => choices.map((c) => (isChoiceGroup(c) ? new Separator(c.separator) : c));
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
            const parsed = parseWholeNumber(text);
            if (parsed === null) return t("init.prompt.notNumber");
            return q.validate ? q.validate(parsed) : true;
          },
        }),
      );
      return parseWholeNumber(answer) ?? undefined;
    },

    confirm: async (q) => {
      const fallback = q.default ?? false;
      const answer = await cancellable(() =>
        input({
          message: t(fallback ? "init.prompt.yesNoDefaultYes" : "init.prompt.yesNoDefaultNo", { question: q.message }),
          validate: (text) => (parseYesNo(text, fallback) === undefined ? t("init.prompt.notYesNo") : true),
          transformer: (text, { isFinal }) => (isFinal ? t(parseYesNo(text, fallback) ? "init.prompt.yes" : "init.prompt.no") : text),
        }),
      );
      return parseYesNo(answer, fallback) as boolean;
    },

    checkbox: (q) =>
      cancellable(() =>
        checkbox({
          message: q.message,
          pageSize: PAGE_SIZE,
          loop: false,
          instructions: t("init.prompt.checkboxHelp"),
          theme: { style: { renderSelectedChoices } },
          choices: withSeparators(q.choices),
        }),
      ),

    select: (q) =>
      cancellable(() =>
        select({ message: q.message, choices: withSeparators(q.choices), default: q.default, pageSize: PAGE_SIZE, loop: false, theme: { style: { keysHelpTip } } }),
      ),
  };
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
