import { bundledDataset, MissionId } from "@inzet/data";
import { footnotes, monthlySeries } from "@inzet/data/queries";
import { describe, expect, it } from "vitest";
import { monthlySeriesView } from "./monthly-series-view";

const ds = bundledDataset();
const view = (id: string, locale: "en" | "nl" = "en") =>
  monthlySeriesView(ds, monthlySeries(ds, MissionId.parse(id)), locale, footnotes());

describe("monthlySeriesView", () => {
  it("lays UNTSO's figures out by month, the total last, with month names in the page's language", () => {
    const v = view("untso", "nl");
    expect(v?.months).toHaveLength(52);
    expect([v?.monthLabels[0], v?.monthLabels.at(-1)]).toEqual(["nov 2009", "feb 2014"]);
    expect(v?.categories.map((c) => [c.label, c.isTotal])).toEqual([
      ["experts op missie (Experts on Mission)", false],
      ["geüniformeerd personeel totaal (som van de samensteller)", true],
    ]);
    expect(v?.categories[1]).toMatchObject({ min: 11, max: 13 });
    expect(v?.categories[1]?.values.at(-1)).toBe(13);
  });

  it("leaves a month without a figure empty, never zero", () => {
    const v = view("unama");
    const experts = v?.categories.find((c) => c.label.startsWith("Experts"));
    const feb = v?.months.indexOf("2013-02") ?? -1;
    expect(feb).toBeGreaterThan(0);
    expect(experts?.values[feb]).toBeUndefined();
    expect(experts?.values.filter((x) => x !== undefined)).toHaveLength(14);
  });

  it("names the UN as the source and IPI's compilation as where it was read", () => {
    const [source] = view("untso")?.sources ?? [];
    expect(source?.label).toContain("Country contributions detailed by mission");
    expect(source?.via.join()).toContain("TCC-DataScraper");
    expect(source?.ref).toBe(1);
  });

  it("gives nothing for a mission without monthly figures", () => {
    expect(view("eutm-mali")).toBeUndefined();
  });
});
