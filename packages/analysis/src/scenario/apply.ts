import type { ValidationIssue } from "@inzet/data";
import { ownPersonnel } from "../portfolio/personnel.js";
import type { Group, Portfolio } from "../portfolio/portfolio.js";
import { addDescribed, addMission } from "./add.js";
import {
  type ApplyContext,
  knownGroup,
  type Path,
  present,
  report,
  text,
} from "./apply-context.js";
import { Overlay } from "./overlay.js";
import type { Operation, Scenario } from "./schema.js";

export type ApplyResult =
  | { ok: true; portfolio: Portfolio }
  | { ok: false; issues: ValidationIssue[] };

function applyOperation(cx: ApplyContext, op: Operation, at: (...p: Path) => Path): void {
  switch (op.op) {
    case "end":
      if (present(cx, op.id, at("id"))) cx.current.delete(op.id);
      return;
    case "move": {
      const c = present(cx, op.id, at("id"));
      if (c && knownGroup(cx, op.group, at("group"))) cx.current.set({ ...c, group: op.group });
      return;
    }
    case "resize": {
      const c = present(cx, op.id, at("id"));
      // A new size is the scenario's, not a source's: it leaves the group figure's count.
      if (c)
        cx.current.set({
          ...c,
          quantity: op.quantity,
          figure: null,
          part: null,
          personnel: ownPersonnel(op.quantity),
        });
      return;
    }
    case "addMission":
      addMission(cx, op, at);
      return;
    case "addDescribed":
      addDescribed(cx, op, at);
      return;
  }
}

/** Applies the scenario's operations in order; every operation that cannot apply is reported. */
export function applyScenario(base: Portfolio, s: Scenario): ApplyResult {
  const groups = new Map<string, Group>(base.groups);
  const cx: ApplyContext = {
    base,
    groups,
    current: new Overlay(base),
    issues: [],
  };
  let order = Math.max(0, ...[...groups.values()].map((g) => g.order));
  s.groups?.forEach((g, i) => {
    if (groups.has(g.id))
      report(
        cx,
        "duplicateId",
        ["groups", i, "id"],
        text(`There is already a group "${g.id}".`, `Er is al een groep "${g.id}".`),
        text(
          "Give the new group an id of its own, or use the existing one.",
          "Geef de nieuwe groep een eigen id, of gebruik de bestaande.",
        ),
      );
    else groups.set(g.id, { id: g.id, name: text(g.name, g.name), order: ++order, cluster: null });
  });
  s.operations.forEach((op, i) => {
    applyOperation(cx, op, (...p) => ["operations", i, ...p]);
  });
  if (cx.issues.length > 0) return { ok: false, issues: cx.issues };
  return { ok: true, portfolio: { ...base, groups, contributions: cx.current.values() } };
}
