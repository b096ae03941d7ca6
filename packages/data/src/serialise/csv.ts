import Papa from "papaparse";
import type { Dataset } from "../model/dataset.js";
import { canonicalUrl, identifierLabel } from "../model/identifiers.js";
import type { Mission } from "../model/mission.js";
import type { UiLang } from "../model/primitives.js";
import { quantityBounds } from "../quantity/bounds.js";
import { formatQuantity } from "../quantity/format.js";
import { figureForYear } from "../query/figures.js";
import { clusterOf, getOrganisation } from "../query/lookup.js";
import { formatCitation } from "../query/sources.js";

export type CsvTable = "missions" | "figures" | "sources";
export const CSV_TABLES: readonly CsvTable[] = ["missions", "figures", "sources"];

// RFC 4180: CRLF line ends, every field that needs it quoted; papaparse does the quoting.
function toCsv(rows: Record<string, string | number | null>[], columns: string[]): string {
  return Papa.unparse(
    { fields: columns, data: rows.map((r) => columns.map((c) => r[c] ?? "")) },
    { newline: "\r\n" },
  );
}

/** One row per mission, with the Dutch figure for the dataset's year as worded and as bounds. */
export function missionsToCsv(
  ds: Dataset,
  missions: readonly Mission[] = ds.missions,
  lang: UiLang = "en",
): string {
  const rows = missions.map((m) => {
    const figure = figureForYear(ds, { mission: m.id }, ds.meta.year);
    const bounds = figure ? quantityBounds(figure.quantity) : undefined;
    return {
      id: m.id,
      acronym: m.acronym,
      name_en: m.name.en,
      name_nl: m.name.nl,
      organisation: getOrganisation(ds, m.organisation)?.acronym[lang] ?? m.organisation,
      kind: m.kind.value,
      types: m.types.value.join(";"),
      cluster: clusterOf(ds, m.id)?.id ?? "",
      countries: m.area.value.countries.join(";"),
      start: m.start?.value ?? "",
      end: m.end?.value ?? "",
      nl_start: m.netherlands.start?.value ?? "",
      nl_end: m.netherlands.end?.value ?? "",
      [`nl_personnel_${ds.meta.year}`]: figure
        ? formatQuantity(figure.quantity, { lang, style: "words" })
        : "",
      qualifier: figure?.quantity.qualifier ?? "",
      low: bounds?.low ?? "",
      high: bounds?.high ?? "",
      figure_source: figure ? formatCitation(ds, figure.citation, lang) : "",
    };
  });
  const columns = [
    "id",
    "acronym",
    "name_en",
    "name_nl",
    "organisation",
    "kind",
    "types",
    "cluster",
    "countries",
    "start",
    "end",
    "nl_start",
    "nl_end",
    `nl_personnel_${ds.meta.year}`,
    "qualifier",
    "low",
    "high",
    "figure_source",
  ];
  return toCsv(rows, columns);
}

/** Every figure with its qualifier, value(s), original wording and citation. */
export function figuresToCsv(ds: Dataset, lang: UiLang = "en"): string {
  const rows = ds.figures.map((f) => {
    const q = f.quantity;
    const b = quantityBounds(q);
    return {
      id: f.id,
      mission: f.mission ?? "",
      cluster: f.cluster ?? "",
      as_of: typeof f.asOf === "string" ? f.asOf : `${f.asOf.from}/${f.asOf.to ?? ""}`,
      qualifier: q.qualifier,
      value: "value" in q ? q.value : "",
      min: q.qualifier === "range" ? q.min : "",
      max: q.qualifier === "range" ? q.max : "",
      low: b.low,
      high: b.high,
      formatted: formatQuantity(q, { lang, style: "words" }),
      wording: q.wording?.text ?? "",
      basis: q.basis ?? "",
      scope: f.scope,
      role: f.role?.[lang] ?? "",
      source: f.citation.source,
      citation: formatCitation(ds, f.citation, lang),
      quote: f.citation.quote?.text ?? "",
    };
  });
  const columns = [
    "id",
    "mission",
    "cluster",
    "as_of",
    "qualifier",
    "value",
    "min",
    "max",
    "low",
    "high",
    "formatted",
    "wording",
    "basis",
    "scope",
    "role",
    "source",
    "citation",
    "quote",
  ];
  return toCsv(rows, columns);
}

export function sourcesToCsv(ds: Dataset): string {
  const rows = ds.sources.map((s) => ({
    id: s.id,
    kind: s.kind,
    title: s.title,
    title_en: s.titleEn ?? "",
    publisher: s.publisher ?? "",
    date: s.date ?? "",
    language: s.language,
    publisher_kind: s.publisherKind,
    identifier: s.identifier ? identifierLabel(s.identifier, "en") : "",
    url: canonicalUrl(s) ?? "",
    accessed_via: (s.accessedVia ?? []).map((v) => v.url).join(" "),
    part_of: s.partOf ?? "",
  }));
  return toCsv(rows, [
    "id",
    "kind",
    "title",
    "title_en",
    "publisher",
    "date",
    "language",
    "publisher_kind",
    "identifier",
    "url",
    "accessed_via",
    "part_of",
  ]);
}

export function datasetToCsv(ds: Dataset, table: CsvTable, lang: UiLang = "en"): string {
  if (table === "figures") return figuresToCsv(ds, lang);
  if (table === "sources") return sourcesToCsv(ds);
  return missionsToCsv(ds, ds.missions, lang);
}
