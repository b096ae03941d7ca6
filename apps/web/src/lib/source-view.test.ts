import { bundledDataset, sourceUsage } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { kindCounts, sourceFacts } from "./source-view";

const ds = bundledDataset();

function source(id: string) {
  const s = ds.sources.find((x) => x.id === id);
  if (!s) throw new Error(`no source ${id}`);
  return s;
}

describe("sourceFacts", () => {
  it("gives the letter its kind, its Kamerstuk and the address its identifier gives", () => {
    const en = sourceFacts(source("kst-29521-291"), "en");
    expect(en.kindLabel).toBe("official primary source");
    expect(en.identifier).toBe("Kamerstuk 29 521 no. 291");
    expect(en.url).toBe("https://zoek.officielebekendmakingen.nl/kst-29521-291.html");
    const nl = sourceFacts(source("kst-29521-291"), "nl");
    expect(nl.kindLabel).toBe("officiële primaire bron");
    expect(nl.identifier).toBe("Kamerstuk 29 521 nr. 291");
  });

  it("keeps a copy where a source was read apart from its reference", () => {
    const un = sourceFacts(source("un-dpko-contributions-by-mission"), "en");
    expect(un.url).toBe("https://peacekeeping.un.org/en/data-troop-and-police-contributions");
    expect(un.copies).toHaveLength(1);
    expect(un.copies[0]?.url).toMatch(/^https:\/\/github\.com\/IPIDataLab\//);
    expect(un.copies[0]?.label).toMatch(/IPI/);
    expect(un.copies.map((c) => c.url)).not.toContain(un.url);
  });

  it("names a copy by its host where the data names no keeper", () => {
    const withCopy = ds.sources.find((s) => s.accessedVia?.some((c) => !c.publisher));
    if (!withCopy) return;
    const copy = sourceFacts(withCopy, "en").copies.find((c) => !c.label.includes(" "));
    expect(copy?.label).toMatch(/^[a-z0-9.-]+$/);
  });
});

describe("kindCounts", () => {
  it("counts every source once, in the policy's order, leaving out kinds with none", () => {
    const counts = kindCounts(sourceUsage(ds));
    expect(counts.reduce((n, k) => n + k.count, 0)).toBe(ds.sources.length);
    expect(counts[0]?.kind).toBe("official");
    expect(counts.every((k) => k.count > 0)).toBe(true);
  });
});
