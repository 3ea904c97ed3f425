// Builds dist/: the CLI as ESM split by command (start-up loads only what the command needs), the SMS
// validator precompiled by Ajv, and the precise YAML parser as a module loaded only when needed.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");
mkdirSync(dist, { recursive: true });

// Bundled CommonJS dependencies (ajv, handlebars) still call require().
const requireShim = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";
const common = { bundle: true, platform: "node", target: "node20.19", legalComments: "none", logLevel: "warning" };

// 1. Generate the standalone validator from the catalogue, then bundle it with the Ajv runtime it needs.
const scratch = mkdtempSync(join(tmpdir(), "iso20k-build-"));
try {
  const generator = join(scratch, "generate-validator.mjs");
  await build({ ...common, entryPoints: [join(root, "scripts/generate-validator.ts")], outfile: generator, format: "esm", banner: { js: requireShim } });
  const source = join(scratch, "sms-validator.cjs");
  writeFileSync(source, execFileSync(process.execPath, [generator], { maxBuffer: 64 * 1024 * 1024 }));
  await build({ ...common, entryPoints: [source], outfile: join(dist, "sms-validator.cjs"), format: "cjs", nodePaths: [join(root, "node_modules")] });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// 2. What only some files need, as CommonJS the CLI requires synchronously on first use (each
//    src/.../<name>-lazy.ts): the `yaml` package's precise path and js-yaml's path, for files the
//    block reader leaves to them, and tinyglobby, for files with documentSources.
const LAZY = { "precise-yaml": "src/load/precise-yaml.ts", "fast-yaml": "src/load/fast-yaml.ts", glob: "src/io/glob.ts" };
// Bundled ESM dependencies (tinyglobby) call createRequire(import.meta.url), which CommonJS lacks.
const importMetaUrl = { banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' }, define: { "import.meta.url": "__importMetaUrl" } };
for (const [name, source] of Object.entries(LAZY))
  await build({ ...common, ...importMetaUrl, entryPoints: [join(root, source)], outfile: join(dist, `${name}.cjs`), format: "cjs" });

// 3. The CLI, with the run-time schema compiler and the lazily loaded parts swapped for their loaders.
const swapForBundle = {
  name: "swap-for-bundle",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\/compile-validator\.js$/ }, () => ({ path: join(root, "src/validate/standalone-validator.ts") }));
    for (const [name, source] of Object.entries(LAZY))
      pluginBuild.onResolve({ filter: new RegExp(`/${name}\\.js$`) }, (args) =>
        args.kind === "import-statement" ? { path: join(root, source.replace(/\.ts$/, "-lazy.ts")) } : undefined,
      );
  },
};
rmSync(join(dist, "chunks"), { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { iso20k: join(root, "src/cli/run.ts") },
  outdir: dist,
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  format: "esm",
  banner: { js: requireShim },
  plugins: [swapForBundle],
});
