import { bundledDataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { sparkline } from "../output/sparkline.js";
import { runInMemory } from "../test/fake-io.js";
import { monthlyTotals } from "../workbench/un-monthly.js";

const dataset = () => bundledDataset();
const trend = (...argv: string[]) => runInMemory(["trend", ...argv], { dataset });

describe("inzet trend", () => {
  it("gives the missions per year with N/A kept unknown, never zero, and its source", async () => {
    const { code, stdout } = await trend();
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Missions the Netherlands took part in per year, 2008–2018.* \[1\]$/m);
    expect(stdout).toMatch(/^2008 +unknown \(N\/A\) +10 +█{10}$/m);
    expect(stdout).toMatch(/^2014 +13 +█{13} +13 +█{13}$/m);
    expect(stdout).toMatch(/^\[1\] Kamerstuk 29 521 no\. 364/m);
  });

  it("lists the editions with letter, date, missions and, where the inputs exist, concentration", async () => {
    const { stdout } = await trend();
    expect(stdout).toMatch(
      // Its pages name nine of the dataset's missions, but its groups are not recorded: unknown.
      /^2013 .*Kamerstuk 29 521 no\. 244 +21 May 2014 \[\d+\] +unknown +unknown +unknown$/m,
    );
    expect(stdout).toMatch(
      /^2014 .*Kamerstuk 29 521 no\. 291 +20 May 2015 \[\d+\] +16 \[(\d+)\] +4 \[\1\] +0\.4–1 \[\1\]$/m,
    );
    expect(stdout).toMatch(/^2015 .*Kamerstuk 29 521 no\. 315 .* unknown +unknown +unknown$/m);
  });

  it("draws the UN's monthly Dutch totals per mission with gaps as dots, in Dutch too", async () => {
    const en = await trend();
    expect(en.stdout).toMatch(
      /^UNAMID +November 2009 +May 2012 +21 of 31 +1–2 +[▁-█·]{31} \[\d+\]$/m,
    );
    expect(en.stdout).toMatch(/^UNMIS +November 2009 +June 2011 +20 of 20 +20–29/m);
    const nl = await trend("--lang", "nl");
    expect(nl.stdout).toMatch(/^UNAMID +november 2009 +mei 2012 +21 van 31/m);
    expect(nl.stdout).toMatch(/^2008 +onbekend \(N\/A\) +10/m);
  });

  it("gives every point with its own citation as JSON", async () => {
    const json = JSON.parse((await trend("--json")).stdout);
    const y2008 = json.missionsPerYear[0];
    expect(y2008.civilian.count.qualifier).toBe("unknown");
    expect(y2008.civilian.citation.locator.en).toContain("row 2008");
    expect(
      json.editions.find((e: { id: string }) => e.id === "evaluation-2014").metrics,
    ).toMatchObject({
      missions: 16,
      groups: 4,
      concentration: { low: expect.closeTo(0.4, 2), high: 1 },
    });
    const y2013 = json.editions.find((e: { id: string }) => e.id === "evaluation-2013");
    expect(y2013.missions).toHaveLength(9);
    expect(y2013.metrics).toMatchObject({ missions: null, groups: null, concentration: null });
    const unmis = json.unMonthly.find((s: { mission: string }) => s.mission === "unmis");
    expect(unmis.points[0]).toMatchObject({
      month: "2009-11",
      citation: { source: "un-dpko-contributions-by-mission" },
    });
  });

  it("gives the same as one long CSV table, unknown as empty bounds", async () => {
    const lines = (await trend("--csv")).stdout.split("\r\n");
    expect(lines[0]).toBe("section,key,period,measure,low,high,text,source,locator");
    expect(lines[1]).toMatch(
      /^missionsPerYear,civilian,2008,missions,,,unknown,kst-29521-364,"answer to questions 1 and 2/,
    );
    expect(lines).toContain("edition,evaluation-2015,2015,missions,,,unknown,,");
    expect(lines.some((l) => l.startsWith("unMonthly,unmis,2009-11,total,"))).toBe(true);
  });
});

describe("the monthly totals", () => {
  it("take only month-end totals of people deployed, one per month", () => {
    const ds = bundledDataset();
    const unamid = ds.missions.find((m) => m.id === "unamid");
    if (!unamid) throw new Error("no UNAMID");
    const [series] = monthlyTotals(ds, unamid);
    expect(series?.points.every((p) => p.figure.scope === "all")).toBe(true);
    expect(series?.points.length).toBe(21);
    expect(series?.months.length).toBe(31);
  });

  it("scale a sparkline from zero to the highest value, a gap as a dot", () => {
    expect(sparkline([0, 4, null, 8]).text).toBe("▁▅·█");
    expect(sparkline([]).text).toBe("");
  });
});
