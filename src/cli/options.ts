// Option parsers shared by the commands; each throws InputError on a bad value.
import { LANGS } from "../catalog/types.js";
import { InputError } from "../model/errors.js";
import { DEFAULT_MAX_BYTES } from "../load/read-source.js";

export const LANG_CHOICES: readonly string[] = LANGS;

/** Parses --as-of; a real calendar day or an error. */
export function parseDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!day || day.toISOString().slice(0, 10) !== value) throw new InputError("cli.badDate", { value });
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
  if (epoch !== undefined && /^\d+$/.test(epoch)) {
    const day = new Date(Number(epoch) * 1000);
    if (Number.isNaN(day.getTime())) throw new InputError("cli.badEpoch", { value: epoch });
    return day.toISOString().slice(0, 10);
  }
  return io.now().toISOString().slice(0, 10);
}
