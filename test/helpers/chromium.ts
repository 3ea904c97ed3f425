// Finds the Chromium the browser tests drive (through playwright-core, which downloads no browser).
// Only one that is already installed is used: CHROMIUM_PATH when set, else the Debian package's
// /usr/bin/chromium. Nothing is installed here; without a Chromium the browser tests are skipped.
import { accessSync, constants, statSync } from "node:fs";

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

export type ChromiumLookup = { path: string; reason?: undefined } | { path?: undefined; reason: string };

export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  const path = fromEnv || DEFAULT_CHROMIUM;
  const source = fromEnv ? `CHROMIUM_PATH=${path}` : path;
  let problem: string;
  try {
    if (!statSync(path).isFile()) problem = "is not a file";
    else {
      accessSync(path, constants.X_OK);
      return { path };
    }
  } catch (error) {
    problem = (error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : "is not executable";
  }
  return { reason: `no Chromium found (${source} ${problem}): set CHROMIUM_PATH or install chromium` };
}

/**
 * The name of a describe block: `title` when Chromium was found, else `title` with why its tests are
 * skipped. The reason is also written to stderr, which vitest shows even when it lists no test names.
 */
export function chromiumSuite(title: string, lookup: ChromiumLookup): string {
  if (lookup.path) return title;
  console.warn(`${title}: SKIPPED, ${lookup.reason}`);
  return `${title} (SKIPPED: ${lookup.reason})`;
}
