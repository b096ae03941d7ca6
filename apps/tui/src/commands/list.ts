import {
  clusterOf,
  type Dataset,
  figureForYear,
  getOrganisation,
  type Mission,
  missionsToCsv,
} from "@inzet/data";
import { figureText, joinList, local } from "../output/format.js";
import { inertJson } from "../output/inert.js";
import { renderTable } from "../output/table.js";
import type { View } from "../output/view.js";

function clusterName(ds: Dataset, m: Mission, view: View): string {
  const cluster = clusterOf(ds, m.id);
  return cluster ? local(cluster.name, view) : "";
}

/** Missions as an aligned table with the Dutch figure for the dataset's year. */
export function listView(ds: Dataset, missions: readonly Mission[], view: View): string {
  const { t, style, lang } = view;
  const year = ds.meta.year;
  if (missions.length === 0) return `${t("list.none")}\n`;
  const headers = [
    t("list.acronym"),
    t("list.name"),
    t("list.organisation"),
    t("list.group"),
    t("list.area"),
    t("list.since"),
    t("list.figure", { year }),
  ];
  const rows = missions.map((m) => [
    m.acronym,
    local(m.name, view),
    getOrganisation(ds, m.organisation)?.acronym[lang] ?? m.organisation,
    clusterName(ds, m, view),
    joinList(m.area.value.countries, view),
    m.start?.value ?? t("common.unknown"),
    figureText(figureForYear(ds, { mission: m.id }, year)?.quantity, view),
  ]);
  const table = renderTable(headers, rows, view);
  return `${table}\n\n${t("list.count", { count: missions.length })}\n${style.dim(t("list.footnote", { year }))}\n`;
}

export function listJson(missions: readonly Mission[]): string {
  return `${inertJson(JSON.stringify(missions, null, 2))}\n`;
}

export function listCsv(ds: Dataset, missions: readonly Mission[], view: View): string {
  return `${missionsToCsv(ds, missions, view.lang)}\r\n`;
}
