// How a deliverable presents itself: the `report:` blocks of the SMS file and of the gap assessment,
// then the flags, field by field; the logo read and embedded.
import { existsSync, realpathSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { isInside } from "../io/inspect-evidence.js";
import { readLogo } from "../io/read-logo.js";
import { InputError } from "../model/errors.js";
import type { ReportSettings } from "../model/report-settings.js";
import type { Audience, Presentation } from "../report/views/types.js";

/** Settings and the folder their logo path is relative to. */
export interface SettingsSource {
  settings: ReportSettings | undefined;
  /** The file that holds them, as given (for messages), or undefined for flags. */
  file?: string;
}

/** Later sources win: the SMS file, then the gap assessment, then the flags (relative to the working folder). */
export function reportPresentation(audience: Audience, sources: SettingsSource[], cwd: string): Presentation {
  const merged: ReportSettings = {};
  for (const { settings } of sources) {
    if (!settings) continue;
    for (const key of ["preparedBy", "version", "confidentiality", "distribution"] as const) if (settings[key] !== undefined) Object.assign(merged, { [key]: settings[key] });
  }
  const logoFile = chosenLogo(sources, cwd);
  let logo = "";
  if (logoFile !== undefined) {
    const { path, written, from } = logoFile;
    // Like evidence, a file may only name a logo beside it: a shared sms.yaml cannot pull in any image on the machine.
    if (from !== undefined && !isInside(real(dirname(resolve(cwd, from))), real(path))) throw new InputError("report.logo.outside", { file: written, source: from });
    logo = readLogo(path, written).src;
  }
  return {
    audience,
    branding: {
      preparedBy: merged.preparedBy ?? "",
      version: merged.version ?? "",
      confidentiality: merged.confidentiality ?? "",
      distribution: merged.distribution ?? [],
      logo,
    },
  };
}

/** The logo the last source that names one names: resolved, as written, and the file that names it (undefined for a flag). */
export function chosenLogo(sources: SettingsSource[], cwd: string): { path: string; written: string; from?: string } | undefined {
  const source = sources.findLast(({ settings }) => settings?.logo !== undefined);
  if (source === undefined) return undefined;
  const written = source.settings!.logo!;
  const folder = resolve(cwd, source.file === undefined ? "." : dirname(source.file));
  return { path: resolve(folder, written), written, from: source.file };
}

/** The path with links resolved, so that a link cannot lead out of the folder. */
function real(path: string): string {
  return existsSync(path) ? realpathSync.native(path) : path;
}
