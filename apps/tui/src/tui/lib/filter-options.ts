import type { Dataset, MissionType, UiLang } from "@inzet/data";
import { clusterSummaries, getOrganisation, LABELS } from "@inzet/data/queries";
import { translator } from "../../i18n/messages.js";
import { inert } from "../../output/inert.js";
import type { FilterChoice, FilterKind } from "./state.js";

export const NO_FILTER = "none";

const KINDS: readonly FilterKind[] = ["cluster", "organisation", "type"];

/** The menu: no filter, then each group, each leading organisation, each type in use. */
export function filterOptions(ds: Dataset, lang: UiLang): { label: string; value: string }[] {
  const t = translator(lang);
  const orgs = [...new Set(ds.missions.map((m) => m.organisation))];
  // LABELS names every type, in the schema's order (a Record over MissionType, so the keys are all).
  const types = (Object.keys(LABELS.missionType) as MissionType[]).filter((type) =>
    ds.missions.some((m) => m.types.value.includes(type)),
  );
  return [
    { label: t("tui.filter.clear"), value: NO_FILTER },
    ...clusterSummaries(ds).map(({ cluster }) => ({
      label: t("tui.filter.group", { name: cluster.name[lang] }),
      value: `cluster:${cluster.id}`,
    })),
    ...orgs.map((id) => ({
      label: t("tui.filter.organisation", {
        name: getOrganisation(ds, id)?.acronym[lang] ?? id,
      }),
      value: `organisation:${id}`,
    })),
    ...types.map((type) => ({
      label: t("tui.filter.type", { name: LABELS.missionType[type][lang] }),
      value: `type:${type}`,
    })),
  ].map((o) => ({ ...o, label: inert(o.label) }));
}

export function filterValue(filter: FilterChoice | undefined): string {
  return filter ? `${filter.kind}:${filter.value}` : NO_FILTER;
}

export function parseFilterValue(value: string): FilterChoice | undefined {
  const at = value.indexOf(":");
  const kind = KINDS.find((k) => k === value.slice(0, at));
  return kind ? { kind, value: value.slice(at + 1) } : undefined;
}

/** The filter in words, for the status line: "group Balkans". */
export function filterLabel(ds: Dataset, filter: FilterChoice, lang: UiLang): string {
  return (
    filterOptions(ds, lang).find((o) => o.value === filterValue(filter))?.label ?? filter.value
  );
}
