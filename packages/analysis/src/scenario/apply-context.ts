// The state a scenario is applied to, step by step, and the checks each operation makes on it.
import type { LocalizedText, ValidationIssue } from "@inzet/data";
import { getMission } from "@inzet/data/queries";
import type { Contribution, Group, Portfolio } from "../portfolio/portfolio.js";
import type { Overlay } from "./overlay.js";

export type Path = (string | number)[];

export const text = (en: string, nl: string): LocalizedText => ({ en, nl });

export type ApplyContext = {
  base: Portfolio;
  groups: Map<string, Group>;
  /** The contributions at this step, by id, in the portfolio's order (additions last). */
  current: Overlay;
  issues: ValidationIssue[];
};

export function report(
  cx: ApplyContext,
  code: ValidationIssue["code"],
  path: Path,
  message: LocalizedText,
  hint: LocalizedText,
): void {
  cx.issues.push({ code, severity: "error", path, message, hint });
}

/** The contribution `id` at this step, or an issue saying it is not there. */
export function present(cx: ApplyContext, id: string, path: Path): Contribution | undefined {
  const c = cx.current.get(id);
  if (c) return c;
  const m = getMission(cx.base.dataset, id);
  const hint =
    m && cx.current.has(m.id)
      ? text(`Use its id: ${m.id}.`, `Gebruik de id: ${m.id}.`)
      : text(
          "Use the id of a contribution still in the portfolio at this step (not one ended before).",
          "Gebruik de id van een bijdrage die op dit punt nog in de portefeuille zit (niet een eerder beëindigde).",
        );
  report(
    cx,
    "unknownReference",
    path,
    text(
      `No contribution "${id}" in the portfolio at this step.`,
      `Geen bijdrage "${id}" in de portefeuille op dit punt.`,
    ),
    hint,
  );
  return undefined;
}

export function knownGroup(cx: ApplyContext, id: string, path: Path): boolean {
  if (cx.groups.has(id)) return true;
  const ids = [...cx.groups.keys()].join(", ");
  report(
    cx,
    "unknownReference",
    path,
    text(`No group "${id}".`, `Geen groep "${id}".`),
    text(
      `Use one of: ${ids}; or declare the group under groups.`,
      `Gebruik een van: ${ids}; of declareer de groep onder groups.`,
    ),
  );
  return false;
}

/** True when `id` names neither a contribution at this step nor a mission of the dataset. */
export function freeId(cx: ApplyContext, id: string, path: Path): boolean {
  if (!cx.current.has(id) && !cx.base.dataset.missions.some((m) => m.id === id)) return true;
  report(
    cx,
    "duplicateId",
    path,
    text(
      `"${id}" is already a contribution or a mission of the dataset.`,
      `"${id}" is al een bijdrage of een missie van de dataset.`,
    ),
    text(
      "Give the described contribution an id of its own.",
      "Geef de beschreven bijdrage een eigen id.",
    ),
  );
  return false;
}
