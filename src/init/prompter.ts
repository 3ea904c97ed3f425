// The questions `iso20k init` can ask, independent of the library that asks them; tests script the answers.

/** Returns true when the answer is acceptable, else the (localised) reason it is not. */
export type Validate<T> = (value: T) => true | string;

interface Question {
  /** A stable id for the question, e.g. "organization.name"; scripted answers are matched against it. */
  name: string;
  message: string;
}

export interface InputQuestion extends Question {
  default?: string;
  validate?: Validate<string>;
}

export interface NumberQuestion extends Question {
  default?: number;
  /** Called with undefined when the answer is left empty. */
  validate?: Validate<number | undefined>;
}

/** Answered yes or no, in either language (y, n, 是, 否); an empty answer takes the default. */
export interface ConfirmQuestion extends Question {
  default?: boolean;
}

export interface Choice<T> {
  value: T;
  name: string;
  /** What the answer line shows once chosen; the name when absent. */
  short?: string;
  checked?: boolean;
  description?: string;
}

/** A heading between choices of a checkbox list. */
export interface ChoiceGroup {
  separator: string;
}

export interface CheckboxQuestion<T> extends Question {
  choices: ReadonlyArray<Choice<T> | ChoiceGroup>;
}

export interface SelectQuestion<T> extends Question {
  choices: ReadonlyArray<Choice<T> | ChoiceGroup>;
  default?: T;
}

export interface Prompter {
  input(question: InputQuestion): Promise<string>;
  number(question: NumberQuestion): Promise<number | undefined>;
  confirm(question: ConfirmQuestion): Promise<boolean>;
  checkbox<T>(question: CheckboxQuestion<T>): Promise<T[]>;
  select<T>(question: SelectQuestion<T>): Promise<T>;
}

/** The person gave up (Ctrl-C, or the terminal closed): nothing is written. */
export class PromptCancelled extends Error {
  constructor() {
    super("prompt cancelled");
    this.name = "PromptCancelled";
  }
}

export function isChoiceGroup<T>(item: Choice<T> | ChoiceGroup): item is ChoiceGroup {
  return "separator" in item;
}
