import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spanOf } from "../span.js";
import { wordingFor } from "./portfolio.arbitrary.js";
import { tokenAnswer } from "./token.js";

describe("tokenAnswer", () => {
  it.each([
    [{ qualifier: "exact", value: 3 }, "yes"],
    [{ qualifier: "range", min: 3, max: 5 }, "yes"],
    [{ qualifier: "upTo", value: 5 }, "yes"],
    [{ qualifier: "approximately", value: 5 }, "indeterminate"],
    [{ qualifier: "approximately", value: 3 }, "yes"],
    [{ qualifier: "approximately", value: 15 }, "no"],
    [{ qualifier: "few" }, "indeterminate"],
    [{ qualifier: "unknown" }, "indeterminate"],
    [{ qualifier: "moreThan", value: 5 }, "no"],
    [{ qualifier: "atLeast", value: 5 }, "indeterminate"],
  ] as const)("%o is %s", (q, answer) => {
    expect(tokenAnswer(spanOf(q))).toBe(answer);
  });

  it("never contradicts the true count behind a figure", () => {
    fc.assert(
      fc.property(
        fc.nat(30).chain((x) => fc.tuple(fc.constant(x), wordingFor(x))),
        fc.nat(12),
        ([x, q], threshold) => {
          const answer = tokenAnswer(spanOf(q), threshold);
          if (answer !== "indeterminate") expect(answer === "yes").toBe(x <= threshold);
        },
      ),
    );
  });
});
