import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contains } from "../interval.js";
import { ownPersonnel } from "../portfolio/personnel.js";
import { arbitraryTruth, type Truth, wordingFor } from "../portfolio/portfolio.arbitrary.js";
import type { Portfolio } from "../portfolio/portfolio.js";
import { hhi } from "./concentration.js";
import { portfolioMetrics } from "./metrics.js";

const drop = (p: Portfolio, i: number): Portfolio => ({
  ...p,
  contributions: p.contributions.filter((_, j) => j !== i),
});

/** The metrics of the truth itself: exact numbers, no figures. */
function truthMetrics({ portfolio, people }: Truth, threshold = 5) {
  const cs = portfolio.contributions;
  const x = (id: string) => people.get(id) ?? Number.NaN;
  const groups = new Map<string, number>();
  for (const c of cs) groups.set(c.group ?? c.id, (groups.get(c.group ?? c.id) ?? 0) + x(c.id));
  return {
    personnel: cs.reduce((a, c) => a + x(c.id), 0),
    tokenShare: cs.filter((c) => x(c.id) <= threshold).length / cs.length,
    concentration: hhi([...groups.values()]),
    groups,
  };
}

describe("portfolioMetrics, on portfolios generated from a hidden truth", () => {
  it("gives intervals that contain the metric of the exact truth behind the figures", () => {
    fc.assert(
      fc.property(arbitraryTruth, fc.integer({ min: 0, max: 10 }), (truth, threshold) => {
        const m = portfolioMetrics(truth.portfolio, { tokenThreshold: threshold });
        const t = truthMetrics(truth, threshold);
        expect(m.personnel.value && contains(m.personnel.value, t.personnel)).toBe(true);
        expect(m.tokenShare.value && contains(m.tokenShare.value, t.tokenShare)).toBe(true);
        if (t.concentration !== null)
          expect(m.concentration.value && contains(m.concentration.value, t.concentration)).toBe(
            true,
          );
        for (const g of m.byGroup) {
          const b = g.personnel;
          expect(
            contains({ low: b.low, high: b.high, approximate: false }, t.groups.get(g.key) ?? -1),
          ).toBe(true);
        }
      }),
    );
  });

  it("still contains the truth after contributions are ended, moved and resized", () => {
    fc.assert(
      fc.property(
        arbitraryTruth.chain((truth) =>
          fc.tuple(
            fc.constant(truth),
            fc.array(fc.nat(), { maxLength: 4 }),
            fc.array(
              fc.tuple(
                fc.nat(),
                fc.nat(30).chain((x) => fc.tuple(fc.constant(x), wordingFor(x))),
              ),
              { maxLength: 2 },
            ),
          ),
        ),
        ([truth, moves, resizes]) => {
          const people = new Map(truth.people);
          const groups = [...truth.portfolio.groups.keys()];
          let cs = [...truth.portfolio.contributions];
          for (const k of moves) {
            const c = cs[k % cs.length];
            if (c)
              cs = cs.map((x) =>
                x === c ? { ...c, group: groups[k % groups.length] ?? null } : x,
              );
          }
          for (const [k, [x, q]] of resizes) {
            const c = cs[k % cs.length];
            if (!c) continue;
            people.set(c.id, x);
            cs = cs.map((y) =>
              y === c ? { ...c, quantity: q, part: null, personnel: ownPersonnel(q) } : y,
            );
          }
          cs = cs.filter((_, i) => i % 3 !== moves.length % 3 || cs.length === 1);
          const changed = { portfolio: { ...truth.portfolio, contributions: cs }, people };
          const m = portfolioMetrics(changed.portfolio);
          const t = truthMetrics(changed);
          expect(m.personnel.value && contains(m.personnel.value, t.personnel)).toBe(true);
          if (t.concentration !== null)
            expect(m.concentration.value && contains(m.concentration.value, t.concentration)).toBe(
              true,
            );
        },
      ),
    );
  });

  it("never raises a count or a personnel bound when a contribution is dropped", () => {
    fc.assert(
      fc.property(arbitraryTruth, fc.nat(), ({ portfolio }, k) => {
        const before = portfolioMetrics(portfolio);
        const after = portfolioMetrics(drop(portfolio, k % portfolio.contributions.length));
        for (const id of ["contributions", "groups", "regions", "countries"] as const) {
          expect(after[id].value?.low).toBeLessThanOrEqual(before[id].value?.low ?? 0);
          expect(after[id].value?.high ?? 0).toBeLessThanOrEqual(before[id].value?.high ?? 0);
        }
        const [b, a] = [before.personnel.bounds, after.personnel.bounds];
        expect(a.low).toBeLessThanOrEqual(b.low);
        if (b.high !== null) expect(a.high ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(b.high);
      }),
    );
  });

  it("keeps the concentration index within [1/n, 1] for n groups", () => {
    fc.assert(
      fc.property(arbitraryTruth, ({ portfolio }) => {
        const m = portfolioMetrics(portfolio);
        const v = m.concentration.value;
        if (v === null) return;
        expect(v.low).toBeGreaterThanOrEqual(1 / m.byGroup.length - 1e-12);
        expect(v.high ?? 1).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it("lets an unknown figure leave the personnel total open and the token share undecided", () => {
    fc.assert(
      fc.property(arbitraryTruth, ({ portfolio }) => {
        const unknown = { qualifier: "unknown" } as const;
        const [first, ...rest] = portfolio.contributions;
        if (!first) return;
        const p = {
          ...portfolio,
          groupFigures: new Map(),
          contributions: [
            { ...first, quantity: unknown, part: null, personnel: ownPersonnel(unknown) },
            ...rest,
          ],
        };
        const m = portfolioMetrics(p);
        expect(m.personnel.value?.high).toBeNull();
        expect(m.personnel.bounds.unknownParts).toBeGreaterThanOrEqual(1);
        expect(m.tokenShare.indeterminate).toContain(first.id);
        expect(m.concentration.value?.high).toBe(1);
      }),
    );
  });
});
