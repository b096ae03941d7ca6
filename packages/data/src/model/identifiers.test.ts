import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eliMismatch, identifierFromUrl, identifierUrl } from "./identifiers.js";
import { SourceIdentifier } from "./source.js";

const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));

/** Identifiers the schema accepts, of every scheme that has an address. */
const identifier: fc.Arbitrary<SourceIdentifier> = fc.oneof(
  fc.record({
    scheme: fc.constant("kamerstuk" as const),
    dossier: fc.tuple(digits(2), digits(3)).map(([a, b]) => `${a} ${b}`),
    number: fc.oneof(fc.integer({ min: 1, max: 999 }).map(String), fc.constantFrom("D", "BA")),
  }),
  fc.record({
    scheme: fc.constant("celex" as const),
    celex: fc
      .tuple(fc.integer({ min: 1990, max: 2030 }), fc.constantFrom("D", "E", "R"), digits(4))
      .map(([y, t, n]) => `3${y}${t}${n}`),
  }),
  fc.record({
    scheme: fc.constant("unSymbol" as const),
    symbol: fc.oneof(
      fc
        .tuple(fc.integer({ min: 1, max: 2800 }), fc.integer({ min: 1946, max: 2030 }))
        .map(([n, y]) => `S/RES/${n} (${y})`),
      fc
        .tuple(fc.integer({ min: 1946, max: 2030 }), fc.integer({ min: 1, max: 999 }))
        .map(([y, n]) => `S/${y}/${n}`),
    ),
  }),
  fc.record({
    scheme: fc.constant("doi" as const),
    doi: fc
      .tuple(digits(4), fc.stringMatching(/^[A-Za-z0-9./]{1,20}$/))
      .map(([r, s]) => `10.${r}/${s}`),
  }),
);

describe("canonical identifiers and their addresses", () => {
  it("gives every generated identifier a valid address that reads back as the same identifier", () => {
    fc.assert(
      fc.property(identifier, (id) => {
        expect(SourceIdentifier.safeParse(id).success).toBe(true);
        const url = identifierUrl(id);
        expect(url).toMatch(/^https:\/\//);
        expect(identifierFromUrl(url ?? "")).toEqual(id);
      }),
    );
  });

  it.each([
    [
      { scheme: "kamerstuk", dossier: "29 521", number: "291" },
      "https://zoek.officielebekendmakingen.nl/kst-29521-291.html",
    ],
    [
      { scheme: "celex", celex: "32013D0034" },
      "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32013D0034",
    ],
    [{ scheme: "unSymbol", symbol: "S/RES/350 (1974)" }, "https://undocs.org/S/RES/350(1974)"],
    [{ scheme: "doi", doi: "10.7910/DVN/0EGYWY" }, "https://doi.org/10.7910/DVN/0EGYWY"],
  ] as const)("%o is at %s", (id, url) => {
    expect(identifierUrl(id)).toBe(url);
  });

  it("derives no address for a UN press release symbol (its address holds the year)", () => {
    expect(identifierUrl({ scheme: "unSymbol", symbol: "SC/11560" })).toBeUndefined();
  });

  it("reads no identifier from an address that is not canonical (a crawl artefact, a mirror)", () => {
    expect(
      identifierFromUrl(
        "https://zoek.officielebekendmakingen.nl/stb-2022-270.html/kst-29521-281.html",
      ),
    ).toBeUndefined();
    expect(
      identifierFromUrl("https://www.legislation.gov.uk/eudn/2013/34/contents/data.html"),
    ).toBeUndefined();
  });

  it("checks that an ELI names the act its CELEX number names", () => {
    const ok = {
      scheme: "celex",
      celex: "32013D0034",
      eli: "http://data.europa.eu/eli/dec/2013/34/oj",
    } as const;
    expect(eliMismatch(ok)).toBeUndefined();
    expect(eliMismatch({ ...ok, eli: "http://data.europa.eu/eli/dec/2013/87/oj" })).toBe("differs");
    expect(eliMismatch({ ...ok, eli: "http://data.europa.eu/eli/dec/2014/34/oj" })).toBe("differs");
  });
});
