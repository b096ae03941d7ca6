import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { jsonLdText, schemaOrgDataset } from "./schema-org.js";
import { siteLinks } from "./site.js";
import { bundledDataset, rich } from "./test/datasets.js";
import { compactKeyCount, expand, expandedKeyCount, propertyIris } from "./test/linked-data.js";

const links = siteLinks("https://inzet.example");

// What search engines ask of a schema.org Dataset: name and description (50–5000 characters)
// required; the rest recommended (https://schema.org/Dataset; Google's dataset guidelines).
const SHAPE = {
  type: "object",
  required: [
    "@context",
    "@type",
    "name",
    "description",
    "license",
    "creator",
    "distribution",
    "temporalCoverage",
    "spatialCoverage",
    "isBasedOn",
    "citation",
  ],
  properties: {
    "@type": { const: "Dataset" },
    name: { type: "string", minLength: 1 },
    description: { type: "string", minLength: 50, maxLength: 5000 },
    license: { type: "string", pattern: "^(https?|mailto):" },
    creator: { type: "object", required: ["@type", "name"] },
    temporalCoverage: { type: "string", pattern: "^[0-9.]{2,4}[0-9-]*/[0-9.]{2,4}[0-9-]*$" },
    citation: { type: "object", required: ["@type", "name", "url"] },
    isBasedOn: {
      type: "array",
      minItems: 1,
      items: { type: "string", pattern: "^(https?|mailto):" },
    },
    distribution: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["@type", "encodingFormat", "contentUrl"],
        properties: { "@type": { const: "DataDownload" } },
      },
    },
  },
};

// The schema.org terms used; the real context maps every term to the vocabulary the same way.
const SCHEMA_CONTEXT = { "@context": { "@vocab": "https://schema.org/" } };
const TERMS = new Set(
  [
    "name",
    "description",
    "url",
    "identifier",
    "version",
    "inLanguage",
    "isAccessibleForFree",
    "license",
    "creator",
    "publisher",
    "email",
    "datePublished",
    "dateModified",
    "keywords",
    "citation",
    "isBasedOn",
    "temporalCoverage",
    "spatialCoverage",
    "distribution",
    "encodingFormat",
    "contentUrl",
  ].map((t) => `https://schema.org/${t}`),
);

describe("schemaOrgDataset", () => {
  it.each(["en", "nl"] as const)("fits the Dataset shape search engines read (%s)", (lang) => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(SHAPE);
    validate(schemaOrgDataset(bundledDataset(), { links, lang }));
    expect(validate.errors ?? []).toEqual([]);
  });

  it("uses schema.org terms only, none dropped in expansion", async () => {
    const doc = schemaOrgDataset(rich(8, 2), { links });
    const expanded = await expand(doc, { "https://schema.org": SCHEMA_CONTEXT });
    expect([...propertyIris(expanded)].filter((p) => !TERMS.has(p))).toEqual([]);
    expect(expandedKeyCount(expanded)).toBe(compactKeyCount(doc));
  });

  it("cites the letter by its Kamerstuk number", () => {
    const doc = schemaOrgDataset(bundledDataset(), { links, lang: "nl" });
    expect(doc.citation).toMatchObject({ identifier: "Kamerstuk 29 521 nr. 291" });
    expect(doc.url).toBe("https://inzet.example/nl");
  });
});

describe("jsonLdText", () => {
  it("cannot close the script element it is put in", () => {
    const text = jsonLdText({ name: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("</");
    expect(JSON.parse(text)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});
