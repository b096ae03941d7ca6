import type { Quantity } from "@inzet/data";
import { spanOf } from "../span.js";
import { partRange } from "./part-range.js";
import type { GroupFigure, Personnel } from "./portfolio.js";
import { addToTally, emptyTally } from "./tally.js";

/** A figure on its own: a contribution outside any group figure, or one a scenario resized. */
export function ownPersonnel(quantity: Quantity): Personnel {
  const span = spanOf(quantity);
  return { span, own: span, narrowed: false, conflict: false };
}

/** A member's personnel: its own figure, narrowed by what the group's figure leaves for it. */
export function memberPersonnel(g: GroupFigure, id: string): Personnel {
  const member = g.members.get(id);
  if (!member) throw new Error(`${id} is not counted by the figure of group ${g.group}`);
  const range = partRange(g.total, g.all, addToTally(emptyTally(), member.span));
  return { span: range.span, own: member.span, narrowed: range.narrowed, conflict: range.conflict };
}
