import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spanOf } from "../span.js";
import { partRange } from "./part-range.js";
import { wordingFor } from "./portfolio.arbitrary.js";
import { addToTally, emptyTally } from "./tally.js";

const tallyOf = (qs: Parameters<typeof spanOf>[0][]) =>
  qs.reduce((t, q) => addToTally(t, spanOf(q)), emptyTally());

const about = (value: number) => ({ qualifier: "approximately", value }) as const;
const unknown = { qualifier: "unknown" } as const;

describe("partRange", () => {
  it("leaves KFOR at most seven of the Balkans' ten, with EUFOR's three to five beside it", () => {
    const eufor = { qualifier: "range", min: 3, max: 5 } as const;
    const all = tallyOf([eufor, unknown, unknown]);
    const kfor = partRange(spanOf(about(10)), all, tallyOf([unknown]));
    expect(kfor).toMatchObject({ narrowed: true, conflict: false });
    expect(kfor.span).toMatchObject({ low: 0, high: 7, highSoft: true, unknownParts: 0 });
    // EUFOR's own range is tighter than the group allows: it stays as cited, not "about".
    const own = partRange(spanOf(about(10)), all, tallyOf([eufor]));
    expect(own.span).toMatchObject({ low: 3, high: 5, lowSoft: false, highSoft: false });
  });

  it("reports figures that cannot all be true, and falls back to the part's own sum", () => {
    const result = partRange(spanOf(about(10)), tallyOf([about(12), unknown]), tallyOf([unknown]));
    expect(result.conflict).toBe(true);
    expect(result.span.high).toBe(Number.POSITIVE_INFINITY);
  });

  it("always contains the true sum of any part, when the figures are true", () => {
    const truth = fc.array(fc.nat(40), { minLength: 1, maxLength: 6 });
    const case_ = truth.chain((xs) =>
      fc.tuple(
        fc.constant(xs),
        fc.tuple(...xs.map(wordingFor)),
        wordingFor(xs.reduce((a, b) => a + b, 0)),
        fc.array(fc.boolean(), { minLength: xs.length, maxLength: xs.length }),
      ),
    );
    fc.assert(
      fc.property(case_, ([xs, words, total, inPart]) => {
        const part = words.filter((_, i) => inPart[i]);
        const sum = xs.filter((_, i) => inPart[i]).reduce((a, b) => a + b, 0);
        const { span, conflict } = partRange(spanOf(total), tallyOf(words), tallyOf(part));
        expect(conflict).toBe(false);
        expect(span.low).toBeLessThanOrEqual(sum);
        expect(span.high).toBeGreaterThanOrEqual(sum);
      }),
    );
  });
});
