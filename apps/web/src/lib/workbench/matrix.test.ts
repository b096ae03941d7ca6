import { readFileSync } from "node:fs";
import { evaluationScope, INDICATOR_IDS, loadAssessment } from "@inzet/analysis";
import { bundledDataset } from "@inzet/data";
import { createTranslator } from "next-intl";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import en from "../../../messages/en.json";
import nl from "../../../messages/nl.json";
import { matrixCsv } from "./matrix-csv";
import { sortMatrixRows } from "./matrix-sort";
import type { MatrixRow } from "./matrix-types";
import { matrixView as matrixViewIn } from "./matrix-view";
import { DEFAULT_AS_OF, workbenchPortfolio } from "./portfolio";
import { ratingsView } from "./ratings-view";

const ds = bundledDataset();
const words = {
  en: createTranslator({ locale: "en", messages: en, namespace: "Workbench.cells" }),
  nl: createTranslator({ locale: "nl", messages: nl, namespace: "Workbench.cells" }),
};
const matrixView = (p: Parameters<typeof matrixViewIn>[0], lang: "en" | "nl") =>
  matrixViewIn(p, lang, words[lang]);
const view = matrixView(workbenchPortfolio(ds), "en");
const fixture = readFileSync(
  new URL("../../../e2e/fixtures/assessment.yaml", import.meta.url),
  "utf8",
);
const loaded = loadAssessment({ file: "assessment.yaml", text: fixture }, ds);
if (!loaded.ok) throw new Error("the e2e fixture does not load");
const ids = view.rows.map((r) => r.id);
const ratings = ratingsView(loaded.assessment, ds, ids, "assessment.yaml", "en");

describe("matrixView", () => {
  it("holds the 2014 evaluation's missions in the letter's order, as of the end of 2014", () => {
    expect(view.asOf).toBe(DEFAULT_AS_OF);
    expect(ids).toEqual(evaluationScope(ds).missions.map((m) => m.id));
    expect(ids).toHaveLength(16);
    const orders = view.rows.map((r) => r.group.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it("puts every indicator under the consideration it informs; 3 and 6 are the analyst's alone", () => {
    expect(view.considerations.map((c) => c.order)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(view.considerations.flatMap((c) => c.indicators.map((i) => i.id)).sort()).toEqual(
      [...INDICATOR_IDS].sort(),
    );
    expect(view.considerations[2]?.indicators).toEqual([]);
    expect(view.considerations[5]?.indicators).toEqual([]);
    for (const c of view.considerations)
      for (const i of c.indicators) expect(i.definition.length).toBeGreaterThan(40);
  });

  it("says why a value is unknown, never shows it as zero, and cites what each value rests on", () => {
    for (const row of view.rows)
      for (const id of INDICATOR_IDS) {
        const cell = row.cells[id];
        if (cell.sort === null) {
          expect(cell.text, `${row.id} ${id}`).toBe("unknown");
          expect(cell.unknown, `${row.id} ${id}`).toBeTruthy();
        } else expect(cell.unknown).toBeNull();
        for (const n of cell.sources) expect(view.sources[n - 1]).toBeTruthy();
      }
    expect(view.rows.some((r) => r.cells.personnel.sources.length > 0)).toBe(true);
    expect(new Set(view.sources).size).toBe(view.sources.length);
  });

  it("speaks the page's language", () => {
    const nl = matrixView(workbenchPortfolio(ds), "nl");
    expect(nl.considerations[0]?.name).toBe(ds.considerations.find((c) => c.order === 1)?.name.nl);
    const osce = nl.rows.find((r) => r.id === "osce-smm");
    expect(osce?.cells.framework.text).toBe("OVSE");
  });

  it("recomputes for another as-of date", () => {
    const later = matrixView(workbenchPortfolio(ds, "2016-06-30"), "en");
    const years = (v: typeof view, id: string) =>
      v.rows.find((r) => r.id === id)?.cells.missionDuration.sort;
    expect(later.asOf).toBe("2016-06-30");
    expect(years(later, "untso")).toBeGreaterThan(Number(years(view, "untso")));
  });
});

describe("sortMatrixRows", () => {
  const personnel = (rows: MatrixRow[]) => rows.map((r) => r.cells.personnel.sort);

  it("sorts by an indicator either way, unknown values last both times", () => {
    for (const dir of ["asc", "desc"] as const) {
      const sorted = sortMatrixRows(
        view.rows,
        { column: { kind: "indicator", id: "personnel" }, dir },
        null,
        "en",
      );
      const known = personnel(sorted).filter((v) => v !== null) as number[];
      expect(known).toEqual([...known].sort((a, b) => (dir === "asc" ? a - b : b - a)));
      const firstUnknown = personnel(sorted).indexOf(null);
      if (firstUnknown >= 0)
        expect(
          personnel(sorted)
            .slice(firstUnknown)
            .every((v) => v === null),
        ).toBe(true);
    }
  });

  it("sorts by the analyst's ratings, the unrated last, the letter's order breaking ties", () => {
    const sorted = sortMatrixRows(
      view.rows,
      { column: { kind: "rating", consideration: "consideration-duration" }, dir: "asc" },
      ratings,
      "en",
    );
    expect(sorted[0]?.id).toBe("eufor-althea");
    expect(sorted.slice(1).map((r) => r.id)).toEqual(ids.filter((id) => id !== "eufor-althea"));
  });

  it("sorts by name with the locale's collation, and keeps the given order without a sort", () => {
    const byName = sortMatrixRows(
      view.rows,
      { column: { kind: "contribution" }, dir: "asc" },
      null,
      "en",
    );
    const labels = byName.map((r) => r.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "en", { numeric: true })));
    expect(sortMatrixRows(view.rows, null, null, "en")).toEqual(view.rows);
  });
});

describe("ratingsView", () => {
  it("gives each contribution all six considerations, the rated ones with rationale, evidence, author and date", () => {
    const eufor = ratings.ratings["eufor-althea"] ?? {};
    expect(Object.keys(eufor)).toHaveLength(6);
    expect(eufor["consideration-duration"]).toMatchObject({
      value: 2,
      label: "against keeping it",
      rationale: { lang: "en", text: expect.stringMatching(/since 2004/) },
      author: "E2E Analyst",
    });
    expect(eufor["consideration-duration"]?.evidence[0]).toMatch(/p\. 45/);
    expect(eufor["consideration-added-value"]?.value).toBeNull();
  });

  it("shows a rationale in the other language, marked, where the file has only that one", () => {
    expect(ratings.ratings.kfor?.["consideration-regional-focus"]?.rationale).toEqual({
      text: "Past in de Balkangroep, naast EULEX.",
      lang: "nl",
    });
  });

  it("gives the weighted score as a range while a weighted rating is missing", () => {
    expect(ratings.scores["eufor-althea"]).toMatchObject({ complete: true, text: "2.67" });
    expect(ratings.scores.kfor).toMatchObject({ complete: false, text: "1–5" });
  });
});

describe("matrixCsv", () => {
  const parse = (csv: string) => Papa.parse<string[]>(csv.trim(), { newline: "\r\n" }).data;

  it("writes a row per contribution in the order shown, with each indicator as shown", () => {
    const csv = matrixCsv(view, view.rows, null);
    expect(csv).toContain("\r\n");
    const [header = [], ...rows] = parse(csv);
    expect(header.slice(0, 5)).toEqual(["id", "contribution", "mission", "group", "as of"]);
    expect(header).toContain("Personnel");
    expect(rows.map((r) => r[0])).toEqual(ids);
    const col = header.indexOf("Personnel");
    expect(rows.map((r) => r[col])).toEqual(view.rows.map((r) => r.cells.personnel.text));
  });

  it("adds the ratings, their words, rationale and evidence, and the weighted score", () => {
    const [header = [], ...rows] = parse(matrixCsv(view, view.rows, ratings));
    const eufor = rows.find((r) => r[0] === "eufor-althea") ?? [];
    const at = (h: string) => eufor[header.indexOf(h)];
    expect(at("Duration of the deployment: rating")).toBe("2");
    expect(at("Duration of the deployment: rating in words")).toBe("against keeping it");
    expect(at("Duration of the deployment: rationale")).toMatch(/since 2004/);
    expect(at("weighted score")).toBe("2.67");
  });

  it("escapes text a spreadsheet would run as a formula", () => {
    const evil = { ...ratings, ratings: { ...ratings.ratings } };
    const eufor = { ...evil.ratings["eufor-althea"] };
    const duration = eufor["consideration-duration"];
    if (!duration) throw new Error("fixture");
    eufor["consideration-duration"] = {
      ...duration,
      rationale: { text: "=HYPERLINK(1)", lang: "en" },
    };
    evil.ratings["eufor-althea"] = eufor;
    expect(matrixCsv(view, view.rows, evil)).toContain("'=HYPERLINK(1)");
  });

  it("uses Dutch headers on the Dutch page", () => {
    const nl = matrixView(workbenchPortfolio(ds), "nl");
    expect(parse(matrixCsv(nl, nl.rows, null))[0]?.slice(0, 5)).toEqual([
      "id",
      "bijdrage",
      "missie",
      "groep",
      "peildatum",
    ]);
  });
});
