import { bundledDataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { baseURL, useSession } from "./session";

const { withPage } = useSession();

async function get(path: string): Promise<Response> {
  const response = await fetch(`${baseURL}${path}`, { signal: AbortSignal.timeout(10_000) });
  expect(response.status, path).toBe(200);
  return response;
}

type Descriptor = {
  profile: string;
  resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
};

describe.concurrent("data package and metadata downloads", () => {
  it("serves the data package's descriptor, which lists a CSV per table, each served", async () => {
    const descriptor: Descriptor = await (await get("/data/datapackage/datapackage.json")).json();
    expect(descriptor.profile).toBe("tabular-data-package");
    const paths = descriptor.resources.map((r) => r.path);
    expect(paths).toContain("missions.csv");
    expect(paths).toContain("citations.csv");
    for (const resource of descriptor.resources) {
      const csv = await (await get(`/data/datapackage/${resource.path}`)).text();
      const header = csv.split("\r\n")[0]?.split(",");
      expect(header, resource.path).toEqual(resource.schema.fields.map((f) => f.name));
    }
    const missions = await (await get("/data/datapackage/missions.csv")).text();
    expect(missions.trimEnd().split("\r\n")).toHaveLength(bundledDataset().missions.length + 1);
  });

  it("serves DCAT-AP JSON-LD whose distributions are the package's CSVs", async () => {
    const response = await get("/data/dcat.jsonld");
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const dcat = await response.json();
    expect(dcat["@type"]).toBe("dcat:Dataset");
    const urls: string[] = dcat["dcat:distribution"].map(
      (d: { "dcat:downloadURL": { "@id": string } }) => d["dcat:downloadURL"]["@id"],
    );
    expect(urls.some((u) => u.endsWith("/data/datapackage/datapackage.json"))).toBe(true);
    expect(urls.some((u) => u.endsWith("/data/datapackage/missions.csv"))).toBe(true);
  });

  it("serves each as valid JSON with the keys the standards need", async () => {
    const json = async (path: string) => JSON.parse(await (await get(path)).text());
    const descriptor = await json("/data/datapackage/datapackage.json");
    for (const key of ["name", "version", "licenses", "sources", "contributors", "resources"]) {
      expect(descriptor, `datapackage.json: ${key}`).toHaveProperty(key);
    }
    expect(descriptor.licenses[0]).toHaveProperty("name");
    for (const resource of descriptor.resources) {
      expect(resource.schema.primaryKey, resource.name).toBeDefined();
      expect(resource.schema.fields.every((f: { type?: string }) => f.type)).toBe(true);
    }
    const dcat = await json("/data/dcat.jsonld");
    for (const key of ["@context", "@id", "dct:title", "dct:publisher", "dct:license"]) {
      expect(dcat, `dcat.jsonld: ${key}`).toHaveProperty(key);
    }
    for (const distribution of dcat["dcat:distribution"]) {
      expect(distribution["@type"]).toBe("dcat:Distribution");
      expect(distribution).toHaveProperty("dcat:mediaType");
    }
  });

  for (const locale of ["en", "nl"] as const) {
    it(`offers them on the Data page, with the dataset as schema.org JSON-LD (${locale})`, () =>
      withPage({}, async (page) => {
        await page.goto(`/${locale}/data`);
        for (const name of [
          "datapackage/datapackage.json",
          "dcat.jsonld",
          "datapackage/missions.csv",
        ]) {
          await expect(
            page.locator(`a[href="/data/${name}"]`).count(),
            name,
          ).resolves.toBeGreaterThan(0);
        }
        const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
        expect(blocks).toHaveLength(1);
        const jsonLd = JSON.parse(blocks[0] ?? "");
        expect(jsonLd["@context"]).toBe("https://schema.org");
        expect(jsonLd["@type"]).toBe("Dataset");
        for (const key of ["@id", "description", "license", "creator", "version"]) {
          expect(jsonLd, `schema.org Dataset: ${key}`).toHaveProperty(key);
        }
        expect(jsonLd.name).toBe(bundledDataset().meta.title[locale]);
        expect(jsonLd.distribution.map((d: { contentUrl: string }) => d.contentUrl)).toContainEqual(
          expect.stringMatching(/\/data\/datapackage\/datapackage\.json$/),
        );
        // withPage fails on any CSP violation: the data block is not run.
      }));
  }
});
