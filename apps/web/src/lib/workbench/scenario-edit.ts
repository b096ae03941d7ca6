import type { Operation, Scenario } from "@inzet/analysis";
import type { Quantity } from "@inzet/data";

// The scenario editor's changes, made on the scenario itself: the operations list is the state,
// so a scenario shared from the terminal (with operations this page does not offer) is kept
// whole. Types only from the analysis package: this runs as the page starts.

export const EMPTY_SCENARIO: Scenario = { name: "", operations: [] };

const touches = (op: Operation, kind: Operation["op"], id: string) =>
  op.op === kind && "id" in op && op.id === id;

export function isEnded(s: Scenario, id: string): boolean {
  return s.operations.some((op) => touches(op, "end", id));
}

/** The group the scenario moves a contribution to, or its own. */
export function groupIn(s: Scenario, id: string, home: string | null): string | null {
  let group = home;
  for (const op of s.operations) if (op.op === "move" && op.id === id) group = op.group;
  return group;
}

/** The size the scenario gives a contribution, or null where it keeps the sources' figure. */
export function sizeIn(s: Scenario, id: string): Quantity | null {
  let size: Quantity | null = null;
  for (const op of s.operations) if (op.op === "resize" && op.id === id) size = op.quantity;
  return size;
}

const without = (s: Scenario, kind: Operation["op"], id: string): Operation[] =>
  s.operations.filter((op) => !touches(op, kind, id));

/** A change to a contribution goes before its end, if any: an ended one cannot be changed. */
function beforeEnd(operations: Operation[], id: string, op: Operation): Operation[] {
  const end = operations.findIndex((o) => touches(o, "end", id));
  return end < 0
    ? [...operations, op]
    : [...operations.slice(0, end), op, ...operations.slice(end)];
}

/** Ends a contribution (after its other changes, so they apply first) or takes it back. */
export function setEnded(s: Scenario, id: string, ended: boolean): Scenario {
  const operations = without(s, "end", id);
  return { ...s, operations: ended ? [...operations, { op: "end", id }] : operations };
}

/** Moves a contribution; moving it back to its own group drops the change. */
export function setGroup(s: Scenario, id: string, group: string, home: string | null): Scenario {
  const operations = without(s, "move", id);
  return {
    ...s,
    operations: group === home ? operations : beforeEnd(operations, id, { op: "move", id, group }),
  };
}

/** Gives a contribution a size of the scenario's own; null goes back to the sources' figure. */
export function setSize(s: Scenario, id: string, quantity: Quantity | null): Scenario {
  const operations = without(s, "resize", id);
  return {
    ...s,
    operations:
      quantity === null ? operations : beforeEnd(operations, id, { op: "resize", id, quantity }),
  };
}

/** How many changes the scenario makes: zero is the baseline. */
export const changeCount = (s: Scenario): number => s.operations.length;
