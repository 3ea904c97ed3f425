// Builds dist/: the CLI as one CommonJS bundle with the SMS validator precompiled by Ajv, side
// bundles for what only some files need. (The V8 code cache is recorded per Node on first use: bin/iso20k.cjs.)
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve, sep } from "node:path";
import { build, transform } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");
const common = { bundle: true, platform: "node", target: "node20.19", legalComments: "none", logLevel: "warning" };
// Bundled ESM code (ours) reads import.meta.url, which CommonJS lacks.
// ("use strict" first: a banner goes before esbuild's own, which would then be no directive.)
const importMetaUrl = { banner: { js: '"use strict"; const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' }, define: { "import.meta.url": "__importMetaUrl" } };

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), "iso20k-build-"));
try {
  // 1. The standalone validator of the SMS schema, generated from the catalogue.
  const generator = join(scratch, "generate-validator.mjs");
  writeDataReadOnDemand(scratch);
  const requireShim = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";
  await build({ ...common, entryPoints: [join(root, "scripts/generate-validator.ts")], outfile: generator, format: "esm", banner: { js: requireShim } });
  // Kept in memory and bundled from a virtual path, so that no scratch folder name reaches dist/.
  const validator = execFileSync(process.execPath, [generator], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const reportValidator = execFileSync(process.execPath, [generator, "check-report"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  // The check report's validator, a file of its own: only --baseline needs it.
  await build({ ...common, stdin: { contents: reportValidator, resolveDir: root }, outfile: join(dist, "check-report-validator.cjs"), format: "cjs", minify: true });
  // Our report templates, compiled by Handlebars: files of their own, as only `report` needs them.
  await writePrecompiledTemplates(join(dist, "templates"));

  // 2. The heavy dependencies of commands other than check and validate, each a CommonJS file that
  //    the code needing it requires on first use, so that they weigh on no other start-up. (Not
  //    inquirer: importing an ESM package's default export from CommonJS would get the whole module.)
  //    Reports need only the Handlebars runtime (our templates are precompiled); the compiler is for --template-dir.
  const VENDOR = ["yaml", "handlebars", "handlebars/runtime.js", "fast-xml-parser"];
  const vendorFile = (name) => `vendor/${name.replace("/", "+").replace(/\.js$/, "")}.cjs`;
  for (const name of VENDOR)
    await build({ ...common, ...importMetaUrl, stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root }, outfile: join(dist, vendorFile(name)), format: "cjs" });
  const vendor = {
    name: "vendor",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: new RegExp(`^(${VENDOR.map((name) => name.replace(/\./g, "\\.")).join("|")})$`) }, (args) => ({ path: `./${vendorFile(args.path)}`, external: true }));
    },
  };

  // 3. What only some files need, as CommonJS the CLI requires synchronously on first use: the `yaml`
  //    package's path, for files our reader refuses. In the CLI, each module's import is given a
  //    stand-in whose functions require it when first called (swapForBundle).
  const LAZY = { "explain-yaml": { source: "src/load/explain-yaml.ts", functions: ["explainYaml"] } };
  for (const [name, { source }] of Object.entries(LAZY))
    await build({ ...common, ...importMetaUrl, entryPoints: [join(root, source)], outfile: join(dist, `${name}.cjs`), format: "cjs", plugins: [vendor] });
  const standIn = (name, functions) => `import { createRequire } from "node:module";
let loaded;
const load = () => (loaded ??= createRequire(import.meta.url)("./${name}.cjs"));
${functions.map((f) => `export const ${f} = (...args) => load().${f}(...args);`).join("\n")}
`;

  // 4. The CLI, with the run-time schema compiler swapped for the generated validator and the lazily
  //    loaded parts for their loaders. One script, because Node 20 keeps code caches only for
  //    scripts; what the command does not need is bundled but not evaluated. It is wrapped as a
  //    CommonJS module function here, so that bin/iso20k.cjs compiles the file as it is.
  const swapForBundle = {
    name: "swap-for-bundle",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /\/compile-validator\.js$/ }, () => ({ path: join(root, "src/validate/standalone-validator.ts") }));
      pluginBuild.onResolve({ filter: /\/compile-check-report-validator\.js$/ }, () => ({ path: join(root, "src/report/standalone-check-report-validator.ts") }));
      pluginBuild.onResolve({ filter: /^iso20k:(sms-validator|formats)$/ }, (args) => ({ path: `${args.path.slice("iso20k:".length)}.cjs`, namespace: "generated" }));
      // The validator's formats are date-format.ts, required by a module of one line so that esbuild
      // resolves it as it resolves the source's own imports of it: when a plugin returned its path,
      // whichever import esbuild reached first decided whether its code came out with "use strict",
      // and two builds of the same sources could differ.
      const generated = { "sms-validator.cjs": validator, "formats.cjs": 'module.exports = require("./src/validate/date-format.ts");' };
      pluginBuild.onLoad({ filter: /.*/, namespace: "generated" }, (args) => ({ contents: generated[args.path], loader: "js", resolveDir: root }));
      pluginBuild.onResolve({ filter: /\/builtin-templates\.js$/ }, () => ({ path: join(root, "src/report/render/precompiled-templates.ts") }));
      for (const name of Object.keys(LAZY))
        pluginBuild.onResolve({ filter: new RegExp(`/${name}\\.js$`) }, (args) => (args.kind === "import-statement" ? { path: name, namespace: "lazy" } : undefined));
      pluginBuild.onLoad({ filter: /.*/, namespace: "lazy" }, (args) => ({ contents: standIn(args.path, LAZY[args.path].functions), loader: "js", resolveDir: root }));
    },
  };
  // JSON data as JSON.parse of text: V8 parses JSON several times faster than it runs the object
  // literal esbuild would write. The data every run needs (English messages, the catalogue) is read
  // from dist/data.json at start-up, one file, not written into the script as strings: the code cache
  // would hold them a second time (it was 40% strings), and every start-up read and decoded both.
  // (What only some runs need is read on first use: writeDataReadOnDemand.)
  // (Other JSON, package.json, is small and stays in the script.)
  const data = {};
  const dataFile = {
    name: "data-file",
    setup(pluginBuild) {
      const src = join(root, "src") + sep;
      pluginBuild.onLoad({ filter: /\.json$/ }, async (args) => {
        const json = JSON.parse(await readFile(args.path, "utf8"));
        if (!args.path.startsWith(src)) return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(json))});`, loader: "js" };
        const name = args.path.slice(src.length).split(sep).join("/");
        data[name] = json;
        return { contents: `import { readData } from "iso20k:read-data";\nexport default readData(${JSON.stringify(name)});`, loader: "js" };
      });
      pluginBuild.onResolve({ filter: /^iso20k:read-data$/ }, () => ({ path: "read-data", namespace: "data-file" }));
      // dist/data.json, beside the script (its import.meta.url), read as the data read on demand is.
      const readData = `import { readDataFile } from "./src/catalog/data-file.ts";
let data;
export function readData(name) {
  data ??= readDataFile(new URL("./data.json", import.meta.url));
  return data[name];
}`;
      pluginBuild.onLoad({ filter: /.*/, namespace: "data-file" }, () => ({ contents: readData, loader: "js", resolveDir: root }));
    },
  };
  // commander requires node:child_process as it loads, for subcommands that are executables of their
  // own (iso20k has none); that cost every start-up about 10 ms. It is required on first use instead.
  const lazyChildProcess = {
    name: "lazy-child-process",
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
        const source = await readFile(args.path, "utf8");
        const eager = "const childProcess = require('node:child_process');";
        if (!source.includes(eager) || source.match(/childProcess\.(\w+)/g).some((use) => use !== "childProcess.spawn"))
          throw new Error(`${args.path} uses node:child_process otherwise than the lazy-child-process plugin expects: review it`);
        return { contents: source.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"), loader: "js" };
      });
    },
  };
  // chalk's default instance probes the terminal as chalk loads, which loads node:tty and with it
  // node:net and the stream modules; iso20k gives every Chalk its level (src/io/colour.ts) and never
  // uses that instance, so chalk's own browser probe, which finds no colour in Node, stands in for it.
  const chalkWithoutProbe = {
    name: "chalk-without-probe",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^#supports-color$/ }, (args) =>
        args.importer.includes(`${sep}chalk${sep}`) ? { path: join(root, "node_modules/chalk/source/vendor/supports-color/browser.js") } : undefined,
      );
    },
  };
  await build({
    ...common,
    ...importMetaUrl,
    entryPoints: [join(root, "src/cli/run.ts")],
    outfile: join(dist, "iso20k.cjs"),
    format: "cjs",
    supported: { "dynamic-import": false }, // import() becomes require(), which a vm.Script can run
    // Without white space and comments (1.06 MB to 0.74 MB: every start-up reads, decodes and compares
    // the whole script) but with names, in lines of about 160 characters, so that a stack trace in a
    // bug report names functions and a line one can read.
    minifyWhitespace: true,
    lineLimit: 160,
    banner: { js: `(function (exports, require, module, __filename, __dirname) {${importMetaUrl.banner.js}` },
    footer: { js: "})" },
    nodePaths: [join(root, "node_modules")],
    plugins: [swapForBundle, vendor, dataFile, lazyChildProcess, chalkWithoutProbe],
  });
  writeFileSync(join(dist, "data.json"), JSON.stringify(Object.fromEntries(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : 1)))));
  writeDataReadOnDemand(dist);
  // ASCII only, so that the script bin/iso20k.cjs decodes is a one-byte string: one character outside
  // ASCII would make V8 keep all 1 MB as two bytes a character (esbuild leaves some characters in
  // regular expressions and comments as they are).
  const bundle = join(dist, "iso20k.cjs");
  writeFileSync(bundle, readFileSync(bundle, "utf8").replace(/[^\0-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/**
 * Data only some runs need (src/catalog/data-file.ts): each JSON file a source module names as
 * `new URL("./name.json", import.meta.url)` is written to the same place in `folder`, beside the
 * bundle there, where its import.meta.url points. Two modules naming one place would read each other's.
 */
function writeDataReadOnDemand(folder) {
  const src = join(root, "src");
  const written = new Map();
  for (const file of readdirSync(src, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".ts"))) {
    for (const [, relative] of readFileSync(join(src, file), "utf8").matchAll(/new URL\("(\.\/[^"]+\.json)", import\.meta\.url\)/g)) {
      const from = join(src, dirname(file), relative);
      const to = join(folder, relative);
      if (written.has(to) && written.get(to) !== from) throw new Error(`${from} and ${written.get(to)} would both be ${to}`);
      written.set(to, from);
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, JSON.stringify(JSON.parse(readFileSync(from, "utf8"))));
    }
  }
}

/**
 * Our templates compiled by Handlebars into dist/templates/, a CommonJS file each, and index.cjs,
 * which lists for each main template (gap.html.hbs...) the files it needs: itself and the partials
 * it calls (src/report/render/precompiled-templates.ts requires them).
 */
async function writePrecompiledTemplates(folder) {
  const { default: Handlebars } = await import("handlebars");
  const templates = join(root, "templates");
  const files = readdirSync(templates, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".hbs"))
    .map((file) => file.split(sep).join("/"))
    .sort();
  const source = (file) => readFileSync(join(templates, file), "utf8");
  const partialFile = (name) => `partials/${name}.hbs`;
  /** The partials a template calls, and those they call in turn. */
  const callsOf = (file, found = new Set()) => {
    const visitor = new Handlebars.Visitor();
    const call = (statement) => {
      const name = statement.name.original;
      if (!found.has(name)) {
        if (!files.includes(partialFile(name))) throw new Error(`${file} calls the partial ${name}, which templates/partials does not have`);
        found.add(name);
        callsOf(partialFile(name), found);
      }
    };
    visitor.PartialStatement = call;
    visitor.PartialBlockStatement = call;
    visitor.accept(Handlebars.parse(source(file)));
    return found;
  };
  mkdirSync(join(folder, "partials"), { recursive: true });
  // Minified: the specs are machine-written code (about 8 times their template's size), read on each report.
  for (const file of files) {
    const { code } = await transform(`"use strict";module.exports = ${Handlebars.precompile(source(file), { strict: true })};`, { minify: true, format: "cjs", target: "node20.19" });
    writeFileSync(join(folder, `${file}.cjs`), code);
  }
  const needs = Object.fromEntries(files.filter((file) => !file.startsWith("partials/")).map((main) => [main, [main, ...[...callsOf(main)].sort().map(partialFile)]]));
  writeFileSync(join(folder, "index.cjs"), `"use strict";\nmodule.exports = ${JSON.stringify(needs, null, 2)};\n`);
}
