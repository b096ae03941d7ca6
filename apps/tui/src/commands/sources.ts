import type { Dataset, Source } from "@inzet/data";
import { canonicalUrl, identifierLabel, LABELS, sourceUsage } from "@inzet/data/queries";
import { formatDate } from "../output/format.js";
import { renderTable } from "../output/table.js";
import type { View } from "../output/view.js";

function where(s: Source, view: View): string {
  const id = s.identifier ? identifierLabel(s.identifier, view.lang) : "";
  return [id, canonicalUrl(s) ?? ""].filter(Boolean).join(" · ");
}

/** Every source with how many items (missions, figures, groups, statements) rest on it. */
export function sourcesView(ds: Dataset, view: View): string {
  const { t } = view;
  const rows = sourceUsage(ds).map(({ source: s, missions, figures, clusters, statements }) => [
    s.id,
    s.title,
    s.publisher ?? "",
    LABELS.publisherKind[s.publisherKind][view.lang],
    s.date ? formatDate(s.date, view) : "",
    String(missions.length + figures.length + clusters.length + statements.length),
    where(s, view),
  ]);
  const headers = [
    "sources.id",
    "sources.title",
    "sources.publisher",
    "sources.kind",
    "sources.date",
    "sources.citedBy",
    "sources.where",
  ] as const;
  const table = renderTable(
    headers.map((h) => t(h)),
    rows,
    view,
  );
  return `${table}\n\n${t("sources.count", { count: rows.length })}\n`;
}
