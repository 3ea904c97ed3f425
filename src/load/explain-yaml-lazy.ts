// In the bundle: the `yaml` package's path, required from dist/explain-yaml.cjs on first use, so that
// valid files, which our reader reads, never load that package (see scripts/build.mjs).
import { createRequire } from "node:module";

type ExplainYaml = typeof import("./explain-yaml.js");

let loaded: ExplainYaml | undefined;
const load = (): ExplainYaml => (loaded ??= createRequire(import.meta.url)("./explain-yaml.cjs") as ExplainYaml);

export const explainYaml: ExplainYaml["explainYaml"] = (text, file, limits) => load().explainYaml(text, file, limits);
