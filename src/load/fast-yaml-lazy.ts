// In the bundle: the js-yaml path, required from dist/fast-yaml.cjs only for files the block reader
// leaves to it (see scripts/build.mjs).
import { createRequire } from "node:module";

type FastYaml = typeof import("./fast-yaml.js");

let loaded: FastYaml | undefined;
const load = (): FastYaml => (loaded ??= createRequire(import.meta.url)("./fast-yaml.cjs") as FastYaml);

export const parseFast: FastYaml["parseFast"] = (text, fallback) => load().parseFast(text, fallback);
