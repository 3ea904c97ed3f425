// The consultant's interview, clause by clause: what an auditor looks for, what the SMS file already
// evidences, then the rating, the evidence seen, a note and, for a major gap, the action that
// closes it. Each answer is handed to `save` at once, so an interrupted interview loses nothing.
import { printable } from "../model/printable.js";
import type { Catalog } from "../catalog/catalog.js";
import type { AssessmentItem, Lang } from "../catalog/types.js";
import { GRADE_OF_RATING } from "../engine/conformity-grade.js";
import { addDays } from "../engine/dates.js";
import type { Translate } from "../i18n/translate.js";
import type { Choice, Prompter } from "../init/prompter.js";
import type { AssessedItem, Conformity, EvidenceSeen, RemediationAction } from "../model/gap-assessment.js";
import { parseDate } from "../cli/options.js";

/** What the SMS file offers as evidence for a requirement: its state and the ids that claim it. */
export interface KnownEvidence {
  requirement: string;
  title: string;
  state: string;
  documents: string[];
  records: string[];
}

export interface InterviewInput {
  prompter: Prompter;
  t: Translate;
  lang: Lang;
  catalog: Catalog;
  /** The items to ask about, in clause order. */
  items: readonly AssessmentItem[];
  /** The current rating of an item, when the file has one (asked again with it as the default). */
  current: (clause: string) => AssessedItem | undefined;
  known: (item: AssessmentItem) => KnownEvidence[];
  today: string;
  nextActionId: () => string;
  /** Prints a line for the person (what the auditor looks for, the SMS file's evidence). */
  say: (line: string) => void;
  save: (item: AssessedItem, action?: RemediationAction) => void;
}

const RATINGS: Conformity[] = ["conforming", "inconsistent", "initial", "not-addressed", "not-applicable"];
const SKIP = "skip";
const STOP = "stop";
const INTERVIEW = "interview";
const OBSERVATION = "observation";

/** Asks about each item in turn; returns how many were rated before the end or a "stop". */
export async function runInterview(input: InterviewInput): Promise<number> {
  let rated = 0;
  for (const [index, item] of input.items.entries()) {
    const answer = await interviewItem(input, item, index);
    if (answer === STOP) break;
    if (answer !== SKIP) rated += 1;
  }
  return rated;
}

async function interviewItem(input: InterviewInput, item: AssessmentItem, index: number): Promise<typeof SKIP | typeof STOP | "rated"> {
  const { prompter, t, lang, catalog, say } = input;
  const title = catalog.clause(item.clause)?.title[lang] ?? item.clause;
  say("");
  say(t("assess.item.heading", { number: index + 1, total: input.items.length, clause: item.clause, title }));
  say(`  ${item.question[lang]}`);
  say(`  ${t("assess.item.lookFor")}`);
  for (const point of item.lookFor[lang]) say(`    - ${point}`);
  const known = input.known(item);
  if (known.length > 0) {
    say(`  ${t("assess.item.smsEvidence")}`);
    for (const k of known) {
      const ids = [...k.documents, ...k.records];
      const params = { title: k.title, state: t(`assess.state.${k.state}`), ids: ids.join(t("list.separator")) };
      say(`    - ${t(ids.length > 0 ? "assess.item.knownWithIds" : "assess.item.known", params)}`);
    }
  }

  const current = input.current(item.clause);
  const status = await prompter.select<Conformity | typeof SKIP | typeof STOP>({
    name: `status.${item.clause}`,
    message: t("assess.ask.status", { clause: item.clause }),
    choices: [
      ...RATINGS.map((rating) => ({ value: rating, name: t(`conformity.${rating}`), description: t(`assess.rating.${rating}`) })),
      { value: SKIP, name: t("assess.choice.skip") },
      { value: STOP, name: t("assess.choice.stop") },
    ],
    ...(current === undefined || current.status === "not-assessed" ? {} : { default: current.status }),
  });
  if (status === SKIP || status === STOP) return status;

  const evidence = await askEvidence(input, item, known, current);
  const note = (await prompter.input({ name: `note.${item.clause}`, message: t("assess.ask.note"), ...(current?.note ? { default: current.note } : {}) })).trim();
  const rating: AssessedItem = { clause: item.clause, status, ...(evidence.length > 0 ? { evidence } : {}), ...(note ? { note } : {}), date: input.today };
  // Every gap (major or minor) gets the chance of an action; only a major one without is a finding.
  const action = GRADE_OF_RATING[status] === undefined ? undefined : await askAction(input, item);
  input.save(rating, action);
  return "rated";
}

async function askEvidence(input: InterviewInput, item: AssessmentItem, known: KnownEvidence[], current: AssessedItem | undefined): Promise<EvidenceSeen[]> {
  const { prompter, t } = input;
  const cited = new Set((current?.evidence ?? []).map((e) => JSON.stringify(e)));
  const ids: Choice<string>[] = [
    ...new Set(known.flatMap((k) => k.documents.map((id) => JSON.stringify({ document: id })))),
    ...new Set(known.flatMap((k) => k.records.map((id) => JSON.stringify({ record: id })))),
  ].map((value) => ({ value, name: printable(Object.values(JSON.parse(value) as Record<string, string>)[0]), checked: cited.has(value) }));
  const chosen = await prompter.checkbox<string>({
    name: `evidence.${item.clause}`,
    message: t("assess.ask.evidence"),
    choices: [...ids, { value: INTERVIEW, name: t("assess.choice.interview") }, { value: OBSERVATION, name: t("assess.choice.observation") }],
  });
  const evidence: EvidenceSeen[] = chosen.filter((value) => value !== INTERVIEW && value !== OBSERVATION).map((value) => JSON.parse(value) as EvidenceSeen);
  if (chosen.includes(INTERVIEW)) {
    const role = await prompter.input({ name: `interview.role.${item.clause}`, message: t("assess.ask.interviewRole"), validate: required(t) });
    const date = await prompter.input({ name: `interview.date.${item.clause}`, message: t("assess.ask.interviewDate"), default: input.today, validate: calendarDay(t) });
    evidence.push({ interview: { role: role.trim(), date: date.trim() } });
  }
  if (chosen.includes(OBSERVATION)) {
    const observation = await prompter.input({ name: `observation.${item.clause}`, message: t("assess.ask.observation"), validate: required(t) });
    evidence.push({ observation: observation.trim() });
  }
  return evidence;
}

/** A gap gets its remediation action now, while the consultant and the client agree it; empty leaves it for later. */
async function askAction(input: InterviewInput, item: AssessmentItem): Promise<RemediationAction | undefined> {
  const { prompter, t } = input;
  const action = (await prompter.input({ name: `action.${item.clause}`, message: t("assess.ask.action") })).trim();
  if (action === "") return undefined;
  const owner = (await prompter.input({ name: `action.owner.${item.clause}`, message: t("assess.ask.owner"), validate: required(t) })).trim();
  const due = await prompter.input({ name: `action.due.${item.clause}`, message: t("assess.ask.due"), default: addDays(input.today, 60), validate: calendarDay(t) });
  return { id: input.nextActionId(), action, owner, due: due.trim(), status: "open", items: [item.clause] };
}

const required = (t: Translate) => (value: string) => (value.trim() === "" ? t("assess.invalid.empty") : true);

const calendarDay = (t: Translate) => (value: string) => {
  try {
    parseDate(value.trim());
    return true;
  } catch {
    return t("assess.invalid.date", { value });
  }
};
