// Option parsers shared by the commands; each throws InputError on a bad value.
import { LANGS } from "../catalog/types.js";
import { InputError } from "../model/errors.js";
import { DEFAULT_MAX_BYTES } from "../io/read-source.js";
import { isCalendarDate } from "../validate/date-format.js";

export const LANG_CHOICES: readonly string[] = LANGS;

/** Parses --as-of; a real calendar day from 0001-01-01 to 9999-12-31 or an error. */
export function parseDate(value: string): string {
  if (!isCalendarDate(value)) throw new InputError("cli.badDate", { value });
  if (value < FIRST_DAY) throw new InputError("cli.asOfOutOfRange", { value, first: FIRST_DAY, last: LAST_DAY });
  return value;
}

/** Parses --max-size in megabytes into bytes. */
export function parseMaxSize(value: string): number {
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes <= 0) throw new InputError("cli.badSize", { value });
  return Math.round(megabytes * 1024 * 1024);
}

export const DEFAULT_MAX_SIZE_MB = DEFAULT_MAX_BYTES / (1024 * 1024);

/** --as-of, else SOURCE_DATE_EPOCH (reproducible builds), else today in UTC. */
export function resolveAsOf(asOf: string | undefined, io: { env: Record<string, string | undefined>; now(): Date }): string {
  if (asOf !== undefined) return parseDate(asOf);
  const epoch = io.env.SOURCE_DATE_EPOCH;
  // Empty counts as unset: shells and CI templates often export the name with no value.
  if (epoch !== undefined && epoch !== "") return dayOfEpoch(epoch);
  return io.now().toISOString().slice(0, 10);
}

// The days a date written YYYY-MM-DD can name; beyond them toISOString writes "+010000-01-01", which compares wrongly.
const FIRST_DAY = "0001-01-01";
const LAST_DAY = "9999-12-31";
const FIRST_SECOND = Date.parse("0001-01-01T00:00:00Z") / 1000;
const LAST_SECOND = Date.parse("9999-12-31T23:59:59Z") / 1000;

/** SOURCE_DATE_EPOCH is whole seconds since 1970 (reproducible-builds.org); other text is refused, not ignored. */
function dayOfEpoch(epoch: string): string {
  if (!/^-?\d+$/.test(epoch)) throw new InputError("cli.badEpoch", { value: epoch });
  const seconds = Number(epoch);
  if (!(seconds >= FIRST_SECOND && seconds <= LAST_SECOND)) throw new InputError("cli.epochOutOfRange", { value: epoch, first: FIRST_DAY, last: LAST_DAY });
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}
