import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { dcatDataset } from "./dcat.js";
import { siteLinks } from "./site.js";
import { bundledDataset, parsed, rich, richInput } from "./test/datasets.js";
import { compactKeyCount, expand, expandedKeyCount, propertyIris } from "./test/linked-data.js";

const links = siteLinks("https://inzet.example/");
const options = { baseUrl: links.data, links };

const iri = {
  type: "object",
  required: ["@id"],
  properties: { "@id": { type: "string", pattern: "^(https?|mailto):" } },
};
const texts = {
  type: "array",
  minItems: 2,
  items: { type: "object", required: ["@value", "@language"] },
};

// DCAT-AP 3.0 (https://semiceu.github.io/DCAT-AP/releases/3.0.0/): the mandatory properties
// and those recommended ones this dataset can give, for dcat:Dataset and dcat:Distribution.
const DCAT_AP_SHAPE = {
  type: "object",
  required: ["@context", "@type", "dct:title", "dct:description", "dcat:distribution"],
  properties: {
    "@type": { const: "dcat:Dataset" },
    "dct:title": texts,
    "dct:description": texts,
    "dct:publisher": { type: "object", required: ["@type", "foaf:name"] },
    "dcat:contactPoint": { type: "object", required: ["@type", "vcard:fn"] },
    "dcat:theme": { type: "array", minItems: 1, items: iri },
    "dcat:keyword": { type: "array", items: { type: "object", required: ["@value", "@language"] } },
    "dct:spatial": { type: "array", minItems: 1 },
    "dct:temporal": { type: "object", required: ["@type", "dcat:startDate", "dcat:endDate"] },
    "dct:license": iri,
    "dcat:distribution": {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: [
          "@type",
          "dcat:accessURL",
          "dcat:downloadURL",
          "dcat:mediaType",
          "dct:format",
          "dct:license",
        ],
        properties: {
          "@type": { const: "dcat:Distribution" },
          "dcat:accessURL": iri,
          "dcat:downloadURL": iri,
          "dcat:mediaType": iri,
          "dct:format": iri,
        },
      },
    },
  },
};

const DCAT = "http://www.w3.org/ns/dcat#";
const DCT = "http://purl.org/dc/terms/";
// Every property the document may state: DCAT 3, DCMI terms, FOAF, vCard and SKOS terms that
// DCAT-AP 3 uses for these classes. A typo in a term would expand to something else.
const ALLOWED = new Set([
  ...[
    "title",
    "description",
    "identifier",
    "publisher",
    "license",
    "issued",
    "modified",
    "language",
    "spatial",
    "temporal",
    "format",
    "conformsTo",
    "source",
  ].map((t) => DCT + t),
  ...[
    "contactPoint",
    "theme",
    "keyword",
    "distribution",
    "landingPage",
    "version",
    "accessURL",
    "downloadURL",
    "mediaType",
    "startDate",
    "endDate",
  ].map((t) => DCAT + t),
  "http://xmlns.com/foaf/0.1/name",
  "http://xmlns.com/foaf/0.1/homepage",
  "http://www.w3.org/2006/vcard/ns#fn",
  "http://www.w3.org/2006/vcard/ns#hasEmail",
  "http://www.w3.org/2006/vcard/ns#hasURL",
  "http://www.w3.org/2004/02/skos/core#prefLabel",
]);

describe("dcatDataset", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });

  it.each([
    ["the bundled dataset", () => bundledDataset()],
    ["a rich synthetic dataset", () => rich(10, 9)],
  ])("fits the DCAT-AP shape for %s", (_name, make) => {
    const validate = ajv.compile(DCAT_AP_SHAPE);
    const doc = dcatDataset(make(), options);
    validate(doc);
    expect(validate.errors ?? []).toEqual([]);
  });

  it("states only DCAT-AP's properties, each a full IRI, none dropped in expansion", async () => {
    const doc = dcatDataset(rich(10, 9), options);
    const expanded = await expand(doc);
    expect([...propertyIris(expanded)].filter((p) => !ALLOWED.has(p))).toEqual([]);
    expect(expandedKeyCount(expanded)).toBe(compactKeyCount(doc));
  });

  it("offers every download, at the base URL, with its media type and licence", () => {
    const ds = bundledDataset();
    const doc = dcatDataset(ds, options) as {
      "dcat:distribution": Record<string, { "@id": string }>[];
    };
    const urls = doc["dcat:distribution"].map((d) => d["dcat:downloadURL"]?.["@id"]);
    expect(urls).toContain("https://inzet.example/data/inzet.json");
    expect(urls).toContain("https://inzet.example/data/datapackage/datapackage.json");
    expect(urls).toContain("https://inzet.example/data/datapackage/missions.csv");
    expect(doc["dcat:distribution"][0]?.["dcat:mediaType"]?.["@id"]).toBe(
      "https://www.iana.org/assignments/media-types/application/json",
    );
  });

  it("covers the period and the countries the data speaks of", () => {
    const doc = dcatDataset(bundledDataset(), options) as Record<string, unknown>;
    expect(doc["dct:temporal"]).toMatchObject({
      "dcat:startDate": { "@value": "1948-05-29", "@type": "xsd:date" },
    });
    expect(doc["dct:spatial"]).toContainEqual({
      "@id": "http://publications.europa.eu/resource/authority/country/BIH",
    });
    expect(JSON.stringify(doc["dct:spatial"])).toContain("Kosovo");
  });

  it("covers every year an edition evaluates and a count counts", () => {
    const input = richInput(6, 4);
    input.editions.push({
      id: "evaluation-2040",
      reportingYear: 2040,
      title: { en: "Evaluation 2040", nl: "Evaluatie 2040" },
      letter: "source-0",
      covers: [],
    });
    input.missionCounts.push({
      id: "missions-1901-military",
      year: 1901,
      kind: "military",
      count: { qualifier: "exact", value: 0 },
      citation: { source: "source-0" },
    });
    const doc = dcatDataset(parsed(input), options) as Record<string, unknown>;
    expect(doc["dct:temporal"]).toMatchObject({
      "dcat:startDate": { "@value": "1901", "@type": "xsd:gYear" },
      "dcat:endDate": { "@value": "2040", "@type": "xsd:gYear" },
    });
  });
});
