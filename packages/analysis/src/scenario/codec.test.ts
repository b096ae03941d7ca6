import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromBase64url, toBase64url } from "./base64url.js";
import { decodeScenario, encodeScenario } from "./codec.js";
import { arbitraryScenario } from "./scenario.arbitrary.js";
import type { Scenario } from "./schema.js";

describe("encodeScenario / decodeScenario", () => {
  it("round-trips every scenario through a URL-safe string", () => {
    fc.assert(
      fc.property(arbitraryScenario, (s) => {
        const code = encodeScenario(s);
        expect(code).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeScenario(code)).toEqual({ ok: true, scenario: s });
      }),
    );
  });

  it("is short for a typical scenario", () => {
    const s: Scenario = {
      name: "Without the Balkans",
      operations: [
        { op: "end", id: "kfor" },
        { op: "end", id: "eulex-kosovo" },
        { op: "move", id: "eufor-althea", group: "middle-east-peace-process" },
        { op: "resize", id: "untso", quantity: { qualifier: "approximately", value: 10 } },
      ],
    };
    expect(encodeScenario(s).length).toBeLessThan(200);
  });

  it("explains a string that is not a scenario, and never throws", () => {
    const bad = decodeScenario("not*base64");
    expect(!bad.ok && bad.issues[0]).toMatchObject({
      code: "syntax",
      message: { en: "This is not a shared scenario: it is not base64url text." },
    });
    const notJson = decodeScenario(toBase64url("{oops"));
    expect(!notJson.ok && notJson.issues[0]?.message.nl).toBe(
      "Dit is geen gedeeld scenario: de inhoud is geen JSON.",
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(decodeScenario(s).ok).toBe(false);
      }),
    );
  });

  it("validates what it decodes, with the path in the scenario", () => {
    const code = toBase64url(
      JSON.stringify([
        1,
        "Odd",
        0,
        [
          ["e", "kfor"],
          ["r", "untso", "lots"],
        ],
      ]),
    );
    const result = decodeScenario(code);
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual([["operations", 1, "quantity"]]);
  });
});

describe("base64url", () => {
  it("round-trips any text, UTF-8 inside", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(fromBase64url(toBase64url(s))).toBe(s);
      }),
    );
    expect(toBase64url("Somalië")).toBe("U29tYWxpw6s");
  });
});
