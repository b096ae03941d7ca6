import type { Dataset, Mission } from "@inzet/data";
import { getMission, searchMissions } from "@inzet/data/queries";
import { usageError } from "../errors.js";
import type { View } from "../output/view.js";
import { isNear, nameDistance } from "./suggest-names.js";

/** Up to `limit` missions a mistyped key probably meant: search hits first, then near spellings. */
export function suggestMissions(ds: Dataset, key: string, limit = 3): Mission[] {
  const near = ds.missions
    .map((m) => ({ m, d: nameDistance(key, [m.id, m.acronym, ...m.aliases]) }))
    .filter(({ d }) => isNear(key, d))
    .sort((a, b) => a.d - b.d)
    .map(({ m }) => m);
  const hits = key.trim() === "" ? [] : searchMissions(ds, key);
  return [...new Set([...hits, ...near])].slice(0, limit);
}

/** The mission by id, acronym or alias; otherwise a usage error with suggestions. */
export function resolveMission(ds: Dataset, key: string, { t }: View): Mission {
  const mission = getMission(ds, key);
  if (mission) return mission;
  const suggestions = suggestMissions(ds, key);
  const lines = [t("error.unknownMission", { key })];
  if (suggestions.length > 0)
    lines.push(t("error.didYouMean", { names: suggestions.map((m) => m.acronym).join(", ") }));
  lines.push(t("error.seeList"));
  throw usageError(lines.join("\n"));
}
