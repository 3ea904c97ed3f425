// Globbing for documentSources, in a module of its own so that the bundle loads tinyglobby (and
// picomatch) only for files that have documentSources.
export { globSync } from "tinyglobby";
