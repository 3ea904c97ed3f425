// Opens every HTML report in headless Chromium, offline: no console or page errors, nothing fetched from
// the network, no serious or critical axe-core violations; saves a screenshot of each for review.
// Chromium must already be installed (CHROMIUM_PATH, else /usr/bin/chromium; see test/helpers/chromium.ts):
// the tests install nothing. Without it the suite is skipped, and its name in the output says why.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AxeResults } from "axe-core";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../src/catalog/types.js";
import { loadRenderer } from "../../src/report/render/render.js";
import type { ReportType } from "../../src/report/views/types.js";
import { catalog } from "../../src/catalog/catalog.js";
import { runCheck } from "../../src/cli/run-check.js";
import { DEFAULT_MAX_BYTES } from "../../src/io/read-source.js";
import { dossierView as buildDossierView } from "../../src/report/views/dossier-view.js";
import { gapView as buildGapView } from "../../src/report/views/gap-view.js";
import { mappingView as buildMappingView } from "../../src/report/views/mapping-view.js";
import { dossierView, gapView, mappingView, readyGapView } from "../fixtures/report-views.js";
import { chromiumSuite, findChromium } from "../helpers/chromium.js";
import { ROOT } from "../helpers/cli.js";

const CHROMIUM = findChromium();
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), "__screenshots__");

const VIEWS: Record<ReportType, (lang: Lang) => object> = { gap: gapView, mapping: mappingView, dossier: dossierView };
// The bundled examples, rendered as `iso20k report` renders them, in the language each is written for.
const EXAMPLES: { example: string; lang: Lang }[] = [
  { example: "ready", lang: "en" },
  { example: "early-stage", lang: "en" },
  { example: "zh-cn", lang: "zh-CN" },
];
function exampleView(type: ReportType, example: string, lang: Lang): object {
  const run = runCheck(`examples/${example}/sms.yaml`, { cwd: ROOT, asOf: "2026-11-21", lang, maxBytes: DEFAULT_MAX_BYTES });
  const build = { gap: buildGapView, mapping: buildMappingView, dossier: buildDossierView }[type];
  return build(run.report, run.index!.description, catalog, run.evidence, { audience: "client", branding: { preparedBy: "", version: "", confidentiality: "", distribution: [], logo: "" } });
}

const CASES = [
  ...(Object.keys(VIEWS) as ReportType[]).flatMap((type) => LANGS.map((lang) => ({ name: `${type}.${lang}`, type, lang, view: VIEWS[type](lang) }))),
  { name: "gap-ready.en", type: "gap" as const, lang: "en" as const, view: readyGapView("en") },
  ...EXAMPLES.flatMap(({ example, lang }) =>
    (Object.keys(VIEWS) as ReportType[]).map((type) => ({ name: `example-${example}-${type}.${lang}`, type, lang, view: exampleView(type, example, lang) })),
  ),
];

describe.skipIf(!CHROMIUM.path)(chromiumSuite("HTML reports in headless Chromium", CHROMIUM), () => {
  let browser: Browser;
  const temp = mkdtempSync(join(tmpdir(), "iso20k-reports-"));

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM.path, headless: true, args: ARGS });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(temp, { recursive: true, force: true });
  });

  it.each(CASES)(
    "$name opens offline without errors or serious accessibility violations",
    async ({ name, type, lang, view }) => {
      const file = join(temp, `${name}.html`);
      writeFileSync(file, (await loadRenderer()).render(type, "html", view, lang));

      const page = await browser.newPage({ viewport: { width: 1120, height: 1400 }, locale: lang });
      const problems: string[] = [];
      const remote: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("requestfailed", (request) => {
        if (request.url().startsWith("file:")) problems.push(`request failed: ${request.url()}`);
      });
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("file:")) return route.continue();
        remote.push(url);
        return route.abort("blockedbyclient");
      });

      try {
        await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);

        const png = await page.screenshot({ fullPage: true });
        writeFileSync(join(temp, `${name}.png`), png);
        writeFileSync(join(SCREENSHOTS, `${name}.png`), png);

        await page.addScriptTag({ path: AXE });
        const results = await page.evaluate(() => (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
        const serious = results.violations
          .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
          .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
        expect(serious).toEqual([]);
        expect(results.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(["color-contrast", "document-title", "html-has-lang"]));

        expect(problems).toEqual([]);
        expect(remote).toEqual([]);
      } finally {
        await page.close();
      }
    },
    30_000,
  );
});

// `document` exists only inside page.evaluate, which runs in the browser.
declare const document: { documentElement: { lang: string } };
