// Portfolios generated from a hidden truth: exact personnel per contribution, then figures worded
// the way sources word them ("about", "more than", "a few", unknown) that the truth satisfies.
// Every interval metric must contain the metric of the truth.
import { bundledDataset, PersonnelFigure, type Quantity } from "@inzet/data";
import fc from "fast-check";
import { regionsOf } from "../geo/regions.js";
import { spanOf } from "../span.js";
import { memberPersonnel, ownPersonnel } from "./personnel.js";
import type { Contribution, GroupFigure, Portfolio } from "./portfolio.js";
import { addToTally, emptyTally } from "./tally.js";

/** Any wording a source could give for the exact count `x`. */
export function wordingFor(x: number): fc.Arbitrary<Quantity> {
  const options: fc.Arbitrary<Quantity>[] = [
    fc.constant({ qualifier: "exact", value: x }),
    fc.constant({ qualifier: "approximately", value: x }),
    fc.constant({ qualifier: "unknown" }),
    fc.nat(x).map((v) => ({ qualifier: "atLeast", value: v })),
    fc.integer({ min: x, max: x + 20 }).map((v) => ({ qualifier: "upTo", value: v })),
    fc.tuple(fc.nat(x), fc.nat(20)).map(([a, d]) => ({ qualifier: "range", min: a, max: x + d })),
  ];
  if (x >= 1) options.push(fc.nat(x - 1).map((v) => ({ qualifier: "moreThan", value: v })));
  if (x >= 2) options.push(fc.constant({ qualifier: "few" }));
  return fc.oneof(...options);
}

const COUNTRIES = ["BA", "XK", "IL", "SY", "ML", "SO", "UA", "AF"];

export type Truth = { portfolio: Portfolio; people: Map<string, number> };

type Member = { id: string; x: number; quantity: Quantity; countries: string[] };

const member = (id: string) =>
  fc
    .record({ x: fc.nat(30), countries: fc.subarray(COUNTRIES, { maxLength: 2 }) })
    .chain(({ x, countries }) =>
      wordingFor(x).map((quantity): Member => ({ id, x, quantity, countries })),
    );

const group = (g: number) =>
  fc
    .integer({ min: 1, max: 5 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => member(`g${g}-c${i}`))))
    .chain((members) => {
      const sum = members.reduce((a, m) => a + m.x, 0);
      return fc.tuple(fc.constant(members), fc.option(wordingFor(sum), { nil: undefined }));
    });

function groupFigure(id: string, members: Member[], total: Quantity): GroupFigure {
  const all = emptyTally();
  const spans = new Map(members.map((m) => [m.id, { span: spanOf(m.quantity), figure: null }]));
  for (const { span } of spans.values()) addToTally(all, span);
  const figure = PersonnelFigure.parse({
    id: `${id}-figure`,
    cluster: id,
    quantity: total,
    asOf: "2014",
    scope: "unspecified",
    citation: { source: "evaluatie-2014" },
  });
  return { group: id, figure, total: spanOf(total), members: spans, all };
}

export const arbitraryTruth: fc.Arbitrary<Truth> = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, g) => group(g))))
  .map((groups) => {
    const groupFigures = new Map<string, GroupFigure>();
    const contributions: Contribution[] = [];
    const people = new Map<string, number>();
    groups.forEach(([members, total], g) => {
      const id = `g${g}`;
      const gf = total === undefined ? undefined : groupFigure(id, members, total);
      if (gf) groupFigures.set(id, gf);
      for (const m of members) {
        people.set(m.id, m.x);
        contributions.push({
          id: m.id,
          label: m.id,
          origin: "scenario",
          mission: null,
          group: id,
          organisation: null,
          framework: null,
          countries: m.countries,
          regions: regionsOf(m.countries),
          quantity: m.quantity,
          figure: null,
          part: gf ? id : null,
          personnel: gf ? memberPersonnel(gf, m.id) : ownPersonnel(m.quantity),
        });
      }
    });
    const groupsById = new Map(
      groups.map((_, g) => [
        `g${g}`,
        { id: `g${g}`, name: { en: `G${g}`, nl: `G${g}` }, order: g + 1, cluster: null },
      ]),
    );
    const portfolio: Portfolio = {
      dataset: bundledDataset(),
      asOf: "2014",
      year: 2014,
      groups: groupsById,
      groupFigures,
      contributions,
    };
    return { portfolio, people };
  });
