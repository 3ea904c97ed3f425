import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalog } from "../../src/catalog/catalog.js";
import { smsSchemaText } from "../../src/cli/schema-command.js";
import { buildSmsSchema } from "../../src/validate/sms-schema.js";
import { ROOT } from "../helpers/cli.js";

describe("schemas/sms.schema.json", () => {
  it("is what the catalogue generates (run `npm run schema` after changing the catalogue)", () => {
    expect(readFileSync(`${ROOT}schemas/sms.schema.json`, "utf8")).toBe(smsSchemaText());
  });

  it("lists every requirement id and business category as enums", () => {
    const schema = buildSmsSchema(catalog) as { $defs: { requirementId: { enum: string[] } }; properties: Record<string, any> };
    expect(schema.$defs.requirementId.enum).toEqual(catalog.requirements().map((r) => r.id));
    const categories = schema.properties.scope.properties.businessCategories.items.enum as string[];
    expect(categories).toContain("04.02");
    expect(categories).toContain("M");
    expect(categories).toHaveLength(catalog.businessCategories().length * 2);
  });

  it("describes every property, at every depth", () => {
    const undescribed: string[] = [];
    const walk = (node: any, path: string) => {
      if (!node || typeof node !== "object") return;
      for (const [name, child] of Object.entries<any>(node.properties ?? {})) {
        if (typeof child.description !== "string" || child.description.length < 5) undescribed.push(`${path}/${name}`);
        walk(child, `${path}/${name}`);
      }
      if (node.items) walk(node.items, `${path}[]`);
    };
    walk(buildSmsSchema(catalog), "");
    expect(undescribed).toEqual([]);
  });
});
