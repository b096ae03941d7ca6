/** Where everything goes on a terminal of this size. */
export type Layout = {
  columns: number;
  /** Lines Ink draws: one less than the terminal, so a frame never scrolls it. */
  height: number;
  /** Lines between the header (2) and the footer (2). */
  body: number;
  /** List and detail side by side; below this width they take turns. */
  wide: boolean;
  listWidth: number;
  detailWidth: number;
};

export const WIDE_FROM = 70;

export function layoutFor(columns: number, rows: number): Layout {
  const cols = Math.max(20, columns);
  const height = Math.max(6, rows - 1);
  const wide = cols >= WIDE_FROM;
  const listWidth = wide ? Math.min(44, Math.max(26, Math.round(cols * 0.36))) : cols;
  // The detail pane has a one-column border and a one-column gap on its left.
  const detailWidth = wide ? cols - listWidth - 2 : cols;
  return { columns: cols, height, body: Math.max(1, height - 4), wide, listWidth, detailWidth };
}

/** Items packed into lines of at most `width` columns, `gap` spaces apart. */
export function pack(items: readonly string[], width: number, gap = 2): string[] {
  const lines: string[] = [];
  let line = "";
  for (const item of items) {
    const next = line === "" ? item : `${line}${" ".repeat(gap)}${item}`;
    if (line !== "" && [...next].length > width) {
      lines.push(line);
      line = item;
    } else line = next;
  }
  if (line !== "") lines.push(line);
  return lines;
}
