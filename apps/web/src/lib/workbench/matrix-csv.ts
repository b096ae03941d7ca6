import Papa from "papaparse";
import type { MatrixRow, MatrixView, RatingsView } from "./matrix-types";

// The matrix as the reader sees it (their sort, their as-of date, their ratings) as CSV. Loaded
// with import() when the download is asked for: papaparse stays out of the page's first load.

const HEADERS = {
  en: {
    id: "id",
    contribution: "contribution",
    mission: "mission",
    group: "group",
    asOf: "as of",
    rating: "{c}: rating",
    label: "{c}: rating in words",
    rationale: "{c}: rationale",
    evidence: "{c}: evidence",
    score: "weighted score",
  },
  nl: {
    id: "id",
    contribution: "bijdrage",
    mission: "missie",
    group: "groep",
    asOf: "peildatum",
    rating: "{c}: beoordeling",
    label: "{c}: beoordeling in woorden",
    rationale: "{c}: onderbouwing",
    evidence: "{c}: bewijs",
    score: "gewogen score",
  },
} as const;

type Value = string | number | null;
type Column = { header: string; value: (row: MatrixRow) => Value };

export const MATRIX_CSV_NAME = "inzet-assessment-matrix.csv";

/** The rows in the order given: indicators as shown, then each consideration's rating. */
export function matrixCsv(
  view: MatrixView,
  rows: readonly MatrixRow[],
  ratings: RatingsView | null,
): string {
  const h = HEADERS[view.locale];
  const name = (template: string, c: string) => template.replace("{c}", c);
  const columns: Column[] = [
    { header: h.id, value: (r) => r.id },
    { header: h.contribution, value: (r) => r.label },
    { header: h.mission, value: (r) => r.name },
    { header: h.group, value: (r) => r.group.name },
    { header: h.asOf, value: () => view.asOf },
    ...view.considerations.flatMap((c) => [
      ...c.indicators.map((i) => ({ header: i.name, value: (r: MatrixRow) => r.cells[i.id].text })),
      ...(ratings
        ? [
            {
              header: name(h.rating, c.name),
              value: (r: MatrixRow) => rating(r)?.[c.id]?.value ?? null,
            },
            {
              header: name(h.label, c.name),
              value: (r: MatrixRow) => rating(r)?.[c.id]?.label ?? null,
            },
            {
              header: name(h.rationale, c.name),
              value: (r: MatrixRow) => rating(r)?.[c.id]?.rationale?.text ?? null,
            },
            {
              header: name(h.evidence, c.name),
              value: (r: MatrixRow) => rating(r)?.[c.id]?.evidence.join("; ") ?? null,
            },
          ]
        : []),
    ]),
    ...(ratings?.weights
      ? [{ header: h.score, value: (r: MatrixRow) => ratings.scores[r.id]?.text ?? null }]
      : []),
  ];
  function rating(r: MatrixRow) {
    return ratings?.ratings[r.id];
  }
  // RFC 4180 with CRLF, as the data package writes; a cell that a spreadsheet would run as a
  // formula (the assessment file's text is anyone's) is escaped.
  return Papa.unparse(
    {
      fields: columns.map((c) => c.header),
      data: rows.map((r) => columns.map((c) => c.value(r) ?? "")),
    },
    { newline: "\r\n", escapeFormulae: true },
  );
}
