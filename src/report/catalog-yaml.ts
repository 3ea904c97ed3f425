// The catalogue view as YAML, for `iso20k catalog --format yaml` (loaded only for that format).
import { stringify } from "yaml";
import type { CatalogView } from "../catalog/catalog-view.js";

export function renderCatalogYaml(view: CatalogView): string {
  return stringify(view, { lineWidth: 0 });
}
