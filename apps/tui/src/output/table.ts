import Table from "cli-table3";
import type { Style } from "./colour.js";
import { fitColumns } from "./column-widths.js";
import { inert } from "./inert.js";

const NO_BORDER = {
  top: "",
  "top-mid": "",
  "top-left": "",
  "top-right": "",
  bottom: "",
  "bottom-mid": "",
  "bottom-left": "",
  "bottom-right": "",
  left: "",
  "left-mid": "",
  mid: "",
  "mid-mid": "",
  right: "",
  "right-mid": "",
  middle: "  ",
};

/** width: the terminal's columns, when output goes to one. */
export type TableOptions = { style: Style; width?: number | undefined };

/**
 * An aligned, borderless table. Cells are made inert here, so callers may pass raw data;
 * cli-table3 measures display width, so wide and accented characters line up. With a width
 * (a terminal's columns), long cells wrap at spaces; without it each row stays on one line.
 */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  { style, width }: TableOptions,
): string {
  const head = headers.map(inert);
  const body = rows.map((row) => row.map(inert));
  const widths = width === undefined ? undefined : fitColumns([head, ...body], width);
  const table = new Table({
    head: head.map((h) => style.bold(h)),
    chars: NO_BORDER,
    style: { head: [], border: [], "padding-left": 0, "padding-right": 0 },
    ...(widths ? { colWidths: widths, wordWrap: true, wrapOnWordBoundary: true } : {}),
  });
  table.push(...body);
  return table
    .toString()
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line !== "")
    .join("\n");
}
