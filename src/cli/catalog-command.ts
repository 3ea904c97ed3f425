// `iso20k catalog`: browse the ISO/IEC 20000-1:2018 catalogue.
import { Command, Option } from "commander";
import { catalog } from "../catalog/catalog.js";
import { viewCatalog } from "../catalog/catalog-view.js";
import type { Lang } from "../catalog/types.js";
import { translator } from "../i18n/translate.js";
import { colourFor } from "../io/colour.js";
import { InputError } from "../model/errors.js";
import { renderCatalogTable } from "../report/catalog-table.js";
import { LANG_CHOICES } from "./options.js";
import type { CommandContext } from "./run.js";

interface CatalogOptions {
  clause?: string;
  format: "table" | "json" | "yaml";
  lang: Lang;
}

export function registerCatalog(program: Command, context: CommandContext): Command {
  return program
    .command("catalog")
    .description("list the clauses, required documented information, dossier items and business categories")
    .option("--clause <id>", "only this clause and its sub-clauses, e.g. 8.5")
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json", "yaml"]).default("table"))
    .addOption(new Option("--lang <lang>", "language of titles and summaries").choices(LANG_CHOICES).default(context.lang))
    .action(async (options: CatalogOptions) => {
      const { io } = context;
      context.lang = options.lang;
      if (options.clause !== undefined && !catalog.clause(options.clause))
        throw new InputError("cli.unknownClause", { clause: options.clause });
      const view = viewCatalog(catalog, options.lang, options.clause);
      const output =
        options.format === "json"
          ? JSON.stringify(view, null, 2) + "\n"
          : options.format === "yaml"
            ? (await import("../report/catalog-yaml.js")).renderCatalogYaml(view)
            : renderCatalogTable(view, translator(options.lang), colourFor(io.stdout.isTTY, io.env), options.clause !== undefined);
      io.stdout.write(output);
    });
}
