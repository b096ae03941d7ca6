import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledDataset } from "../bundled.js";
import type { Period, PersonnelFigure, PersonnelScope } from "../model/figure.js";
import { FigureId, MissionId } from "../model/ids.js";
import type { PartialDate } from "../model/primitives.js";
import type { Quantity } from "../quantity/quantity.js";
import { figureForYear } from "./figures.js";

// The rule on crafted figures; queries.test.ts checks what it gives for the real missions.
const mission = MissionId.parse("untso");
const base = bundledDataset();
const citation = base.figures[0]?.citation ?? { source: base.meta.primarySource };

function figure(
  id: string,
  asOf: PartialDate | Period,
  quantity: Quantity,
  extra: { scope?: PersonnelScope; status?: "planned" } = {},
): PersonnelFigure {
  return { id: FigureId.parse(id), mission, quantity, asOf, scope: "military", citation, ...extra };
}

const exact = (value: number): Quantity => ({ qualifier: "exact", value, basis: "deployed" });
const pick = (figures: PersonnelFigure[], year = 2014) =>
  figureForYear({ ...base, figures }, { mission }, year)?.id;

describe("figureForYear: the year's figure by its stated rule", () => {
  it("takes a date in the year over a period that covers the year", () => {
    const period = figure("period", { from: "2013", to: "2015" }, exact(9));
    expect(pick([period, figure("dated", "2014-06-30", exact(4))])).toBe("dated");
    expect(pick([period])).toBe("period");
  });

  it("takes the latest date, a bare year counting as its first day", () => {
    const year = figure("year", "2014", { qualifier: "approximately", value: 15 });
    const feb = figure("feb", "2014-02-28", exact(13));
    const jan = figure("jan", "2014-01-31", exact(12));
    expect(pick([year, feb, jan])).toBe("feb");
    expect(pick([feb, jan, year])).toBe("feb");
    expect(pick([year, figure("other-year", "2013-12-31", exact(1))])).toBe("year");
  });

  it("takes a total over a part at the same date, whichever comes first", () => {
    const part = figure("part", "2014-02-28", exact(12));
    const total = figure("total", "2014-02-28", exact(13), { scope: "all" });
    expect(pick([part, total])).toBe("total");
    expect(pick([total, part])).toBe("total");
  });

  it("gives an unknown figure only when nothing is known", () => {
    const unknown = figure("unknown", "2014-12-31", { qualifier: "unknown" }, { scope: "all" });
    expect(
      pick([unknown, figure("known", { from: "2010", to: "2016" }, { qualifier: "few" })]),
    ).toBe("known");
    expect(pick([unknown])).toBe("unknown");
  });

  it("never takes a plan, a maximum or a cumulative total, however late", () => {
    const actual = figure("actual", "2014-01-31", exact(2));
    const plan = figure("plan", "2014-12-31", exact(30), { status: "planned" });
    const max = figure("max", "2014-12", {
      qualifier: "upTo",
      value: 30,
      basis: "authorisedMaximum",
    });
    const sum = figure("sum", "2014-11", { qualifier: "exact", value: 40, basis: "cumulative" });
    expect(pick([plan, max, sum, actual])).toBe("actual");
    expect(pick([plan, max, sum])).toBeUndefined();
  });

  it("takes no figure from another year", () => {
    expect(pick([figure("before", "2013-12-31", exact(1))])).toBeUndefined();
  });

  it("gives the same figure whatever the order of the data, when nothing ties", () => {
    const figures = [
      figure("a", "2014", { qualifier: "unknown" }),
      figure("b", "2014", exact(15)),
      figure("c", { from: "2012", to: "2016" }, exact(3)),
      figure("d", "2014-02-28", exact(12)),
      figure("e", "2014-02-28", exact(13), { scope: "all" }),
      figure("f", "2014-01-31", exact(13), { scope: "all" }),
      figure("g", "2014-12-31", exact(30), { status: "planned" }),
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(figures, { minLength: figures.length }), (shuffled) => {
        expect(pick(shuffled)).toBe("e");
      }),
    );
  });
});
