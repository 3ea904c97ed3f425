// schemas/catalog.json: the entry to propose to SchemaStore, and a catalog an editor can be pointed at (yaml.schemaStore.url).
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { SMS_SCHEMA_ID } from "../../src/validate/sms-schema.js";
import { ROOT } from "../helpers/cli.js";

const catalog = JSON.parse(readFileSync(`${ROOT}schemas/catalog.json`, "utf8"));

describe("schemas/catalog.json", () => {
  it("is a SchemaStore catalog with one entry", () => {
    expect(catalog).toMatchObject({ $schema: "https://json.schemastore.org/schema-catalog.json", version: 1 });
    expect(catalog.schemas).toHaveLength(1);
    expect(Object.keys(catalog.schemas[0]).sort()).toEqual(["description", "fileMatch", "name", "url"]);
  });

  it("points at this version's schema (edit the url when the version changes)", () => {
    expect(catalog.schemas[0].url).toBe(SMS_SCHEMA_ID);
  });

  it("matches the file init writes by default and named variants, and no other YAML", () => {
    // SchemaStore matches a pattern without a slash against the file name; these patterns use only `*`.
    const matches = (file: string) => catalog.schemas[0].fileMatch.some((pattern: string) => new RegExp(`^${pattern.replace(/\./g, "\\.").replace(/\*/g, "[^/]*")}$`).test(basename(file)));
    expect(["sms.yaml", "policies/sms.yml", "northwind.sms.yaml", "2026.sms.yml"].filter(matches)).toHaveLength(4);
    expect(["mysms.yaml", "sms.json", "sms.yaml.bak", "docker-compose.yaml"].filter(matches)).toEqual([]);
  });
});
