// In the bundle: tinyglobby, required from dist/glob.cjs on first use (see scripts/build.mjs).
import { createRequire } from "node:module";

type Glob = typeof import("./glob.js");

let loaded: Glob | undefined;
const load = (): Glob => (loaded ??= createRequire(import.meta.url)("./glob.cjs") as Glob);

export const globSync = ((...args: Parameters<Glob["globSync"]>) => load().globSync(...args)) as Glob["globSync"];
