import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { catalog } from "../../src/catalog/catalog.js";
import { gapAssessmentSchemaText, smsSchemaText } from "../../src/cli/schema-command.js";
import { createAjv, loadValidators } from "../../src/validate/compile-validator.js";
import { buildSmsSchema } from "../../src/validate/sms-schema.js";
import { ROOT } from "../helpers/cli.js";

describe("schemas/sms.schema.json", () => {
  it("is what the catalogue generates (run `npm run schema` after changing the catalogue)", () => {
    expect(readFileSync(`${ROOT}schemas/sms.schema.json`, "utf8")).toBe(smsSchemaText());
    expect(readFileSync(`${ROOT}schemas/gap-assessment.schema.json`, "utf8")).toBe(gapAssessmentSchemaText());
  });

  it("lists every requirement id and business category as enums", () => {
    const schema = buildSmsSchema(catalog) as { $defs: { requirementId: { enum: string[] } }; properties: Record<string, any> };
    expect(schema.$defs.requirementId.enum).toEqual(catalog.requirements().map((r) => r.id));
    const categories = schema.properties.scope.properties.businessCategories.items.enum as string[];
    expect(categories).toContain("04.02");
    expect(categories).toContain("M");
    expect(categories).toHaveLength(catalog.businessCategories().length * 2);
  });

  it("describes and titles every property, at every depth", () => {
    const undescribed: string[] = [];
    const titles: Record<string, string> = {};
    const walk = (node: any, path: string) => {
      if (!node || typeof node !== "object") return;
      for (const [name, child] of Object.entries<any>(node.properties ?? {})) {
        if (typeof child.description !== "string" || child.description.length < 5) undescribed.push(`${path}/${name}`);
        titles[`${path}/${name}`] = child.title;
        walk(child, `${path}/${name}`);
      }
      if (node.items) walk(node.items, `${path}[]`);
    };
    const schema = buildSmsSchema(catalog) as any;
    walk(schema, "");
    walk(schema.$defs.document, "document");
    expect(undescribed).toEqual([]);
    expect(Object.entries(titles).filter(([, title]) => typeof title !== "string")).toEqual([]);
    expect(titles["/organization/legalEntity/registrationId"]).toBe("Registration ID");
    expect(titles["/sms"]).toBe("SMS");
    expect(titles["document/sha256"]).toBe("SHA-256");
    expect(titles["/records/registers[]/lastEntry"]).toBe("Last entry");
  });
});

describe("the schema in editors", () => {
  const schema = buildSmsSchema(catalog) as any;

  it("explains each requirement id, in the order of the enum: title, clauses, kind and summary", () => {
    const requirementId = schema.$defs.requirementId;
    const explained = catalog.requirements().map((r) => [r.id, r.title.en]);
    expect(requirementId.enum.map((id: string, i: number) => [id, requirementId.markdownEnumDescriptions[i].match(/^\*\*(.*?)\*\*/)[1]])).toEqual(explained);
    expect(requirementId.enumDescriptions.map((text: string) => text.replace(/ \(.*/, ""))).toEqual(explained.map(([, title]) => title));
    const index = requirementId.enum.indexOf("incident-records");
    const summary = catalog.requirement("incident-records")?.summary.en;
    expect(requirementId.markdownEnumDescriptions[index]).toBe(`**Incident records** (clause 8.6.1; record, mandatory): ${summary}`);
    expect(requirementId.enumDescriptions[index]).toBe(`Incident records (clause 8.6.1; record, mandatory): ${summary}`);
  });

  it("names each business category, by number and by letter code", () => {
    const categories = schema.properties.scope.properties.businessCategories.items;
    expect(categories.enumDescriptions).toHaveLength(categories.enum.length);
    expect(categories.markdownEnumDescriptions).toHaveLength(categories.enum.length);
    for (const key of ["04.02", "M"]) {
      const index = categories.enum.indexOf(key);
      expect(categories.enumDescriptions[index]).toBe("Hardware operation and maintenance (04.02, letter code M)");
      expect(categories.markdownEnumDescriptions[index]).toBe("**Hardware operation and maintenance** (04.02, letter code M)");
    }
  });

  it("has skeletons for a document and a register that use only their properties and include the required ones", () => {
    const register = schema.properties.records.properties.registers.items;
    for (const target of [schema.$defs.document, register]) {
      const body = target.defaultSnippets[0].body;
      expect(Object.keys(target.properties)).toEqual(expect.arrayContaining(Object.keys(body)));
      expect(Object.keys(body)).toEqual(expect.arrayContaining(target.required));
    }
  });

  it("is valid JSON Schema 2020-12, and Ajv in strict mode compiles it, ignoring the editor keywords", () => {
    const metaValidator = new Ajv2020({ strict: false, validateFormats: false });
    expect(metaValidator.validateSchema(schema)).toBe(true);
    expect(() => createAjv().compile(schema)).not.toThrow();
    expect(() => new Ajv2020({ strict: true, validateFormats: false }).compile(schema)).toThrow(/unknown keyword: "(markdownEnumDescriptions|enumDescriptions|defaultSnippets)"/);
    const { sms } = loadValidators();
    expect(sms({ organization: { name: "N" }, scope: {}, sms: { startDate: "2026-03-02" }, documents: [{ id: "D", title: "T", satisfies: ["chnage-management-policy"] }] })).toBe(false);
  });
});
