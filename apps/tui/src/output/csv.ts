import { inert } from "./inert.js";

type Cell = string | number | boolean | null;

const field = (cell: Cell): string => {
  const text = cell === null ? "" : typeof cell === "string" ? inert(cell) : String(cell);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180: a header row and the rows, CRLF line ends, fields quoted where they must be. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `${[header, ...rows].map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}
