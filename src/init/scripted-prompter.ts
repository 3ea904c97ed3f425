// A Prompter that plays back answers written in advance: the wizard runs in-process in tests.
import { parseYesNo } from "./formats.js";
import { isChoiceGroup, PromptCancelled, type Choice, type ChoiceGroup, type Prompter } from "./prompter.js";

/**
 * The answer to one question by name; DEFAULT takes the question's default, CANCEL acts as Ctrl-C. A confirm takes
 * true or false, or the text a person would type ("是", "n").
 */
export type ScriptedStep = readonly [name: string, answer: unknown];

export const DEFAULT: unique symbol = Symbol("default");
export const CANCEL: unique symbol = Symbol("cancel");

export interface ScriptedPrompter extends Prompter {
  /** Each question asked, in order, with its message. */
  readonly asked: { name: string; message: string }[];
  /** Answers the question's validation refused, with its reason; the next step is a retry. */
  readonly rejected: { name: string; answer: unknown; reason: string }[];
  /** Steps not used yet. */
  remaining(): ScriptedStep[];
}

/** Answers questions from `steps` in order; a question whose name does not match the next step is a test failure. */
export function scriptedPrompter(steps: ScriptedStep[]): ScriptedPrompter {
  const queue = [...steps];
  const asked: { name: string; message: string }[] = [];
  const rejected: { name: string; answer: unknown; reason: string }[] = [];

  function next(name: string, message: string): unknown {
    asked.push({ name, message });
    const step = queue.shift();
    if (!step) throw new Error(`no scripted answer for question "${name}" (${message})`);
    if (step[0] !== name) throw new Error(`question "${name}" (${message}) was asked, but the script answers "${step[0]}"`);
    if (step[1] === CANCEL) throw new PromptCancelled();
    return step[1];
  }

  /** Asks until an answer passes `validate`, as a person would retype it. */
  function validated<T>(name: string, message: string, fallback: T, validate?: (value: T) => true | string): T {
    for (;;) {
      const raw = next(name, message);
      const answer = (raw === DEFAULT ? fallback : raw) as T;
      const verdict = validate ? validate(answer) : true;
      if (verdict === true) return answer;
      rejected.push({ name, answer, reason: verdict });
    }
  }

  function values<T>(choices: ReadonlyArray<Choice<T> | ChoiceGroup>): T[] {
    return choices.filter((c): c is Choice<T> => !isChoiceGroup(c)).map((c) => c.value);
  }

  return {
    asked,
    rejected,
    remaining: () => [...queue],
    input: async (q) => validated<string>(q.name, q.message, q.default ?? "", q.validate),
    number: async (q) => validated<number | undefined>(q.name, q.message, q.default, q.validate),
    confirm: async (q) => {
      const fallback = q.default ?? false;
      const answer = validated<boolean | string>(q.name, q.message, fallback, (value) =>
        typeof value === "boolean" || parseYesNo(value, fallback) !== undefined ? true : "not a yes or no answer",
      );
      return typeof answer === "boolean" ? answer : (parseYesNo(answer, fallback) as boolean);
    },
    checkbox: async <T>(q: { name: string; message: string; choices: ReadonlyArray<Choice<T> | ChoiceGroup> }) => {
      const offered = values(q.choices);
      const checked = q.choices.filter((c): c is Choice<T> => !isChoiceGroup(c) && c.checked === true).map((c) => c.value);
      const answer = validated<T[]>(q.name, q.message, checked);
      const unknown = answer.filter((value) => !offered.includes(value));
      if (unknown.length > 0) throw new Error(`question "${q.name}" offers no choice ${JSON.stringify(unknown)}`);
      return answer;
    },
    select: async <T>(q: { name: string; message: string; choices: ReadonlyArray<Choice<T> | ChoiceGroup>; default?: T }) => {
      const offered = values(q.choices);
      const answer = validated<T>(q.name, q.message, q.default ?? offered[0]);
      if (!offered.includes(answer)) throw new Error(`question "${q.name}" offers no choice ${JSON.stringify(answer)}`);
      return answer;
    },
  };
}
