// biome-ignore-all lint/suspicious/noControlCharactersInRegex: these tests look for control characters
import { bundledDataset, clustersTotal, type Dataset, formatBounds } from "@inzet/data";
import { beforeAll, describe, expect, it } from "vitest";
import { makeView } from "../output/view.js";
import { syntheticDataset } from "../test/synthetic.js";
import { clustersView } from "./clusters.js";

describe("clustersView on the bundled letter", () => {
  let ds: Dataset;
  beforeAll(() => {
    ds = bundledDataset();
  });

  it("shows the four groups in the letter's order with their worded figures", () => {
    const text = clustersView(ds, makeView("en"));
    const order = ["≈ 10", "≈ 20", "> 40", "a few"].map((figure) =>
      text.indexOf(`${figure} personnel`),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('"ongeveer tien"');
    expect(text).toContain('"ruim veertig"');
    expect(text).toMatch(/osce-ukraine-observers\] in addition/);
  });

  it("lists each group's missions by acronym", () => {
    const text = clustersView(ds, makeView("en"));
    expect(text).toMatch(/Missions: EUFOR Althea, EULEX Kosovo, KFOR/);
    expect(text).toMatch(/Missions: UNTSO, UNDOF, USSC/);
  });

  it("gives the total as a derived interval, never as 70", () => {
    const text = clustersView(ds, makeView("en"));
    expect(text).toContain(`Sum of the 4 groups’ figures: ${formatBounds(clustersTotal(ds))}\n`);
    expect(text).toContain("Sum of the 4 groups’ figures: ≥ ≈ 73\n");
    expect(text).toContain("a derived interval, not a figure the letter states");
    expect(text).not.toMatch(/: 7\d\n/);
  });

  it("dates a group's figure reported for the dataset's year but describing another moment", () => {
    const text = clustersView(ds, makeView("en"));
    expect(text).toMatch(
      /a few personnel, worded "enkele" — reported for 2014; it describes 16 March 2015 – 20 May 2015/,
    );
    expect(clustersView(ds, makeView("nl"))).toMatch(
      /gerapporteerd over 2014; het beschrijft 16 maart 2015/,
    );
  });

  it("cites the letter", () => {
    const note = clustersView(ds, makeView("en"))
      .split("\n")
      .find((line) => line.startsWith("[1] "));
    expect(note).toContain("Kamerstuk 29 521 no. 291");
    expect(note).toContain("p. 45");
  });

  it("speaks Dutch with the glossary's words", () => {
    const text = clustersView(ds, makeView("nl"));
    expect(text).toContain("enkele functionarissen");
    expect(text).toContain("≈ 10 functionarissen");
    expect(text).toContain("> 40 functionarissen");
    expect(text).toContain("daarnaast");
    expect(text).toContain("Kamerstuk 29 521 nr. 291");
    expect(text).toContain("blz. 45, hfst. 8 Slotbeschouwing");
    expect(text).not.toContain("p. 45, ch. 8");
  });
});

describe("clustersView on synthetic data", () => {
  it("orders groups by their order, not by file order", () => {
    const ds = syntheticDataset(8, (input) => {
      (input.clusters as unknown[]).reverse();
    });
    const text = clustersView(ds, makeView("en"));
    expect(text.indexOf("Cluster north")).toBeLessThan(text.indexOf("Cluster east"));
    expect(text.indexOf("Cluster south")).toBeLessThan(text.indexOf("Cluster west"));
  });

  it("says so when a group has no figure, and keeps the total unknown-aware", () => {
    const ds = syntheticDataset(8, (input) => {
      input.figures = (input.figures as { cluster?: string }[]).filter(
        (f) => f.cluster !== "north",
      );
    });
    const text = clustersView(ds, makeView("en"));
    expect(text).toContain("no figure given");
    expect(text).toContain("1 unknown");
  });

  it("makes hostile names inert", () => {
    const ds = syntheticDataset(4, (input) => {
      const [first] = input.clusters as { name: { en: string } }[];
      if (first) first.name.en = "North\u001b[2J\u001b]0;x\u0007";
    });
    const text = clustersView(ds, makeView("en"));
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain("North");
  });
});
