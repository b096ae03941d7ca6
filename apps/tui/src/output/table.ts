import Table from "cli-table3";
import type { Style } from "./colour.js";
import { inert } from "./inert.js";

const NO_BORDER = {
  top: "", "top-mid": "", "top-left": "", "top-right": "",
  bottom: "", "bottom-mid": "", "bottom-left": "", "bottom-right": "",
  left: "", "left-mid": "", mid: "", "mid-mid": "",
  right: "", "right-mid": "", middle: "  ",
};

/**
 * An aligned, borderless table. Cells are made inert here, so callers may pass raw data;
 * cli-table3 measures display width, so wide and accented characters line up.
 */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], style: Style): string {
  const table = new Table({
    head: headers.map((h) => style.bold(inert(h))),
    chars: NO_BORDER,
    style: { head: [], border: [], "padding-left": 0, "padding-right": 0 },
  });
  for (const row of rows) table.push(row.map(inert));
  return table
    .toString()
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line !== "")
    .join("\n");
}
