// Bundles the CLI into one ESM file so start-up does not walk node_modules.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/run.ts"],
  outfile: "dist/iso20k.js",
  bundle: true,
  platform: "node",
  target: "node20.19",
  format: "esm",
  // Bundled CommonJS dependencies (ajv, handlebars) still call require().
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: "none",
  logLevel: "warning",
});
