import { describe, expect, it } from "vitest";
import { bundledDataset } from "../bundled.js";
import type { PersonnelFigure, PersonnelScope } from "../model/figure.js";
import { FigureId, MissionId, SourceId } from "../model/ids.js";
import type { Quantity } from "../quantity/quantity.js";
import { monthlySeries, seriesFigureIds, seriesMonths } from "./monthly-series.js";

const ds = bundledDataset();
const mission = MissionId.parse("untso");
const [un, other] = ds.sources.map((s) => s.id);

function figure(
  id: string,
  asOf: string,
  value: number,
  {
    scope = "military",
    source = un,
    quantity,
  }: Partial<{
    scope: PersonnelScope;
    source: typeof un;
    quantity: Quantity;
  }> = {},
): PersonnelFigure {
  return {
    id: FigureId.parse(id),
    mission,
    quantity: quantity ?? { qualifier: "exact", value, basis: "deployed" },
    asOf,
    scope,
    role: { en: scope, nl: scope },
    citation: { source: source ?? SourceId.parse("missing") },
  };
}

const series = (figures: PersonnelFigure[]) => monthlySeries({ ...ds, figures }, mission);
const months = (figures: PersonnelFigure[]) =>
  series(figures).map((c) => [c.scope, c.points.map((p) => `${p.month}=${p.value}`)]);

describe("monthlySeries on crafted figures", () => {
  it("groups month-end counts by category, oldest first, the total last", () => {
    expect(
      months([
        figure("t2", "2014-02-28", 13, { scope: "all" }),
        figure("p2", "2014-02-28", 13),
        figure("t1", "2014-01-31", 12, { scope: "all" }),
        figure("p1", "2014-01-31", 12),
      ]),
    ).toEqual([
      ["military", ["2014-01=12", "2014-02=13"]],
      ["all", ["2014-01=12", "2014-02=13"]],
    ]);
  });

  it("takes only exact, actual counts of people deployed at a month's last day", () => {
    const kept = [figure("a", "2014-01-31", 1), figure("b", "2014-02-28", 2)];
    const left = [
      figure("c", "2014-03-30", 3),
      figure("d", "2014-04", 4),
      figure("e", "2014-05-31", 5, { quantity: { qualifier: "approximately", value: 5 } }),
      figure("f", "2014-06-30", 6, {
        quantity: { qualifier: "exact", value: 6, basis: "average" },
      }),
      { ...figure("g", "2014-07-31", 7), status: "planned" as const },
    ];
    expect(months([...kept, ...left])).toEqual([["military", ["2014-01=1", "2014-02=2"]]]);
  });

  it("keeps a source's single month-end figure out: a snapshot is not a series", () => {
    const pair = [figure("a", "2014-01-31", 1), figure("b", "2014-02-28", 2)];
    const single = figure("c", "2014-03-31", 3, { source: other });
    expect(series([...pair, single]).map((c) => c.source)).toEqual([un]);
  });

  it("gives a month once per category, the first figure in the data", () => {
    const points = series([
      figure("a", "2014-01-31", 1),
      figure("b", "2014-01-31", 9),
      figure("c", "2014-02-28", 2),
    ])[0]?.points;
    expect(points?.map((p) => p.figure.id)).toEqual(["a", "c"]);
  });

  it("lists every month from first to last, gaps included, and the figures it shows", () => {
    const categories = series([figure("a", "2013-11-30", 1), figure("b", "2014-02-28", 2)]);
    expect(seriesMonths(categories)).toEqual(["2013-11", "2013-12", "2014-01", "2014-02"]);
    expect(seriesFigureIds(categories)).toEqual(new Set(["a", "b"]));
    expect(seriesMonths([])).toEqual([]);
  });
});

describe("monthlySeries on the dataset's UN figures", () => {
  const of = (id: string) => monthlySeries(ds, MissionId.parse(id));

  it("gives UNTSO's experts on mission and total for every month, Nov 2009 – Feb 2014", () => {
    const untso = of("untso");
    expect(untso.map((c) => [c.role?.en, c.isTotal, c.points.length])).toEqual([
      ["Experts on Mission", false, 52],
      ["Uniformed personnel in total (compiler's sum)", true, 52],
    ]);
    expect(untso[1]?.points.at(-1)).toMatchObject({ month: "2014-02", value: 13 });
    expect(seriesMonths(untso)).toHaveLength(52);
  });

  it("leaves UNAMA's missing month a gap, not a zero", () => {
    const experts = of("unama").find((c) => c.role?.en.startsWith("Experts"));
    expect(experts?.points.map((p) => p.month)).not.toContain("2013-02");
    expect(experts?.points).toHaveLength(14);
  });

  it("has no series for a mission without monthly figures", () => {
    expect(of("kfor")).toEqual([]);
  });
});
