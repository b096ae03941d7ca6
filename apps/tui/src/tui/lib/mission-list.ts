import type { Dataset, Mission, MissionType, UiLang } from "@inzet/data";
import { getOrganisation, listMissions, type MissionFilter } from "@inzet/data/queries";
import { figureText, local } from "../../output/format.js";
import { type ListModel, type ListRow, listBuilder, listRow } from "./list.js";
import { summariesOf } from "./models.js";
import type { FilterChoice } from "./state.js";
import { textView } from "./view-text.js";

export type MissionList = ListModel & {
  missions: Mission[];
  /** The item of the best search match, to put the cursor on. */
  best: number;
};

export function missionFilter(query: string, filter: FilterChoice | undefined): MissionFilter {
  return {
    search: query.trim() === "" ? undefined : query,
    cluster: filter?.kind === "cluster" ? filter.value : undefined,
    organisation: filter?.kind === "organisation" ? filter.value : undefined,
    type: filter?.kind === "type" ? (filter.value as MissionType) : undefined,
  };
}

const rowCache = new WeakMap<Mission, Partial<Record<UiLang, ListRow>>>();

/** A mission's row, made once per language: a search over 10 000 missions only picks rows. */
function missionRow(ds: Dataset, m: Mission, lang: UiLang): ListRow {
  let rows = rowCache.get(m);
  if (!rows) {
    rows = {};
    rowCache.set(m, rows);
  }
  let row = rows[lang];
  if (!row) {
    const org = getOrganisation(ds, m.organisation)?.acronym[lang] ?? m.organisation;
    row = listRow("item", m.id, m.acronym, org);
    rows[lang] = row;
  }
  return row;
}

/**
 * The missions that match, under the letter's groups in its order, each group with its worded
 * figure; best search match first within the data's own order is kept in `best`.
 */
export function missionList(ds: Dataset, filter: MissionFilter, lang: UiLang): MissionList {
  const view = textView(lang);
  const found = listMissions(ds, filter);
  const matching = new Set(found.map((m) => m.id));
  const list = listBuilder();
  const missions: Mission[] = [];
  const placed = new Set<string>();
  const add = (m: Mission) => {
    list.row(missionRow(ds, m, lang));
    missions.push(m);
    placed.add(m.id);
  };
  for (const { cluster, figure, missions: members } of summariesOf(ds)) {
    const shown = members.filter((m) => matching.has(m.id));
    if (shown.length === 0) continue;
    const marker = cluster.relation === "group" ? `${cluster.order}.` : "+";
    list.header(
      cluster.id,
      `${marker} ${local(cluster.name, view)}`,
      figureText(figure?.quantity, view),
    );
    for (const m of shown) add(m);
  }
  const rest = found.filter((m) => !placed.has(m.id));
  if (rest.length > 0) {
    list.header("none", view.t("show.noGroup"));
    for (const m of rest) add(m);
  }
  const first = found[0];
  const best = first ? Math.max(0, missions.indexOf(first)) : 0;

  return { ...list.done(), missions, best };
}
