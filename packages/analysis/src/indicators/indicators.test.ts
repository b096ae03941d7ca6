import { bundledDataset, formatBounds } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { formatInterval } from "../interval.js";
import { portfolioFromDataset } from "../portfolio/build.js";
import { INDICATOR_IDS } from "./catalogue.js";
import {
  type ContributionIndicators,
  contributionIndicators,
  portfolioIndicators,
} from "./indicators.js";

const p = portfolioFromDataset(bundledDataset(), { asOf: "2014" });
const of = (id: string): ContributionIndicators => {
  const found = contributionIndicators(p, id);
  if (!found) throw new Error(`${id} missing`);
  return found;
};
const years = (i: ContributionIndicators["missionDuration"]) =>
  i.value ? formatInterval(i.value.years, { digits: 1 }) : "unknown";

describe("contributionIndicators, on the 2014 dataset", () => {
  it("measures durations up to the as-of date and says whether the mission was running", () => {
    const untso = of("untso");
    expect(years(untso.missionDuration)).toBe("65.6–66.6");
    expect(untso.missionDuration.value?.status).toBe("running");
    expect(untso.missionDuration.notes[0]?.en).toMatch(/^Running at the as-of date/);
    expect(years(untso.participationDuration)).toBe("57.5–58.5");
    expect(untso.missionDuration.citations.map((c) => c.source)).toEqual([
      "unsc-res-50",
      "un-untso-background",
    ]);
    expect(of("eumam-rca").missionDuration.value?.status).toBe("notStarted");
  });

  it("gives an unknown start an unknown duration, with the reason, never zero", () => {
    const reflecs = of("reflecs3").missionDuration;
    expect(reflecs.value).toBeNull();
    expect(reflecs.unknown?.en).toBe("No source gives the start: the duration is unknown.");
    expect(of("cmf").participationDuration.value).toBeNull();
  });

  it("counts the others in the same group, region and country", () => {
    expect(of("unama").sameGroup.value).toBe(8);
    expect(of("unama").sameRegion.value).toBe(0);
    expect(of("kfor").sameCountry.value).toBe(1); // EULEX Kosovo
    expect(of("untso").sameRegion.value).toBe(3); // UNDOF, USSC and CMF (Bahrain) in Western Asia
    expect(of("osce-smm").sameGroup.value).toBe(0);
  });

  it("measures the distance to the group's other headquarters, flagged as unverified", () => {
    const d = of("untso").headquartersDistance;
    expect(d.value?.nearestKm).toBeLessThan(10); // USSC, also in Jerusalem
    expect(d.unverified).toBe(true);
    expect(d.approximate).toBe(true);
    expect(of("osce-smm").headquartersDistance.unknown?.en).toMatch(/No other contribution/);
    expect(of("eutm-somalia").headquartersDistance.notes.map((n) => n.en)).toContain(
      "1 of its headquarters have no coordinates and are left out.",
    );
  });

  it("names the organisation and its framework", () => {
    expect(of("kfor").framework.value).toMatchObject({ framework: "nato", label: { nl: "NAVO" } });
    expect(of("ssd-burundi").framework.value?.framework).toBe("bilateral");
  });

  it("gives personnel as worded, narrowed by the group figure, and says what it rests on", () => {
    const kfor = of("kfor");
    expect(kfor.personnel.value && formatBounds(kfor.personnel.value.bounds)).toBe("≈ 0–7");
    expect(kfor.personnel.notes[0]?.en).toMatch(/Narrowed by the group's figure/);
    const cited = kfor.personnel.citations.map((c) => c.quote?.text ?? c.source);
    expect(cited).toContain("ongeveer tien functionarissen in EUFOR, EULEX, KFOR");
    expect(kfor.token.value?.answer).toBe("indeterminate");
    expect(of("osce-smm").token.value?.answer).toBe("yes");
    expect(of("untso").token.value?.answer).toBe("no");
    expect(of("undof").locations.value).toBe(3);
  });

  it("leaves personnel unknown where nothing bounds it", () => {
    const p2015 = portfolioFromDataset(bundledDataset(), { asOf: "2015" });
    const unama = contributionIndicators(p2015, "unama")?.personnel;
    expect(unama?.value).toBeNull();
    expect(unama?.unknown?.en).toBe("No source gives a figure for 2015.");
  });

  it("gives every indicator its id, names, definitions and the facts it used", () => {
    for (const row of portfolioIndicators(p))
      for (const id of INDICATOR_IDS) {
        const i = row[id];
        expect(i.id).toBe(id);
        for (const t of [i.name, i.definition]) expect(t.en && t.nl).toBeTruthy();
        // A known value rests on cited facts, or says it rests on unverified ones.
        if (i.value !== null && id !== "sameGroup" && id !== "token")
          expect(i.citations.length > 0 || i.unverified).toBe(true);
      }
  });
});
