// In the bundle: the precise YAML path, required from dist/precise-yaml.cjs on first use, so that
// files the fast path reads never load the `yaml` package (see scripts/build.mjs).
import { createRequire } from "node:module";

type PreciseYaml = typeof import("./precise-yaml.js");

let loaded: PreciseYaml | undefined;
const load = (): PreciseYaml => (loaded ??= createRequire(import.meta.url)("./precise-yaml.cjs") as PreciseYaml);

export const parseWithProblems: PreciseYaml["parseWithProblems"] = (text, file) => load().parseWithProblems(text, file);
export const preciseLocator: PreciseYaml["preciseLocator"] = (text) => load().preciseLocator(text);
