import { bundledDataset } from "@inzet/data";
import { describe, expect, it } from "vitest";
import { timelineLanes } from "./timeline-lanes";

describe("timelineLanes", () => {
  const { lanes, domain, letterYear } = timelineLanes(bundledDataset());

  it("puts every mission on one axis from the 1940s to after the latest date", () => {
    expect(lanes).toHaveLength(bundledDataset().missions.length);
    expect(domain.from).toBe(1940);
    expect(domain.to).toBeGreaterThan(2022);
    expect(letterYear).toBeGreaterThan(2015.38);
    expect(letterYear).toBeLessThan(2015.39);
  });

  it("keeps an unrecorded end open and an unknown start unknown", () => {
    const untso = lanes.find((l) => l.row.mission.id === "untso");
    expect(untso?.mission).toMatchObject({ to: null });
    expect(untso?.dutch?.from).toBeCloseTo(1956.5, 1);
    const reflecs = lanes.find((l) => l.row.mission.id === "reflecs3");
    expect(reflecs?.mission).toBeUndefined();
  });
});
