import { type KeyboardEvent, type RefObject, useState } from "react";

export type CellAt = { row: number; col: number };

const same = (a: CellAt | null, b: CellAt | null) =>
  a !== null && b !== null && a.row === b.row && a.col === b.col;

/**
 * One tab stop for a table of cells, the arrow keys (and Home/End, Ctrl+Home/End) to move
 * between them, as in the WAI-ARIA grid pattern. A cell shows its details while it has focus or
 * the pointer; Escape hides them until the next move (WCAG 1.4.13).
 */
export function useGridFocus(
  table: RefObject<HTMLTableElement | null>,
  rows: number,
  cols: number,
) {
  const [focused, setFocused] = useState<CellAt | null>(null);
  const [hovered, setHovered] = useState<CellAt | null>(null);
  const [dismissed, setDismissed] = useState<CellAt | null>(null);
  // The cell in the tab order: the last one focused, else the first.
  const [current, setCurrent] = useState<CellAt>({ row: 0, col: 0 });

  const moveTo = (at: CellAt) => {
    const row = Math.max(0, Math.min(rows - 1, at.row));
    const col = Math.max(0, Math.min(cols - 1, at.col));
    table.current?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!focused) return;
    const { row, col } = focused;
    const moves: Record<string, CellAt> = {
      ArrowUp: { row: row - 1, col },
      ArrowDown: { row: row + 1, col },
      ArrowLeft: { row, col: col - 1 },
      ArrowRight: { row, col: col + 1 },
      Home: e.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 },
      End: e.ctrlKey ? { row: rows - 1, col: cols - 1 } : { row, col: cols - 1 },
    };
    if (e.key === "Escape") {
      setDismissed(focused);
      setHovered(null);
      return;
    }
    const to = moves[e.key];
    if (!to) return;
    e.preventDefault();
    moveTo(to);
  };

  /** What a cell needs: its place, whether it is in the tab order, and the focus handlers. */
  const cellProps = (row: number, col: number) => ({
    "data-cell": `${row}:${col}`,
    tabIndex: current.row === row && current.col === col ? 0 : -1,
    onFocus: () => {
      setFocused({ row, col });
      setCurrent({ row, col });
      setDismissed(null);
    },
    onBlur: () => setFocused((f) => (same(f, { row, col }) ? null : f)),
    onMouseEnter: () => {
      setHovered({ row, col });
      setDismissed(null);
    },
    onMouseLeave: () => setHovered((h) => (same(h, { row, col }) ? null : h)),
  });

  /** The cell whose details show: the one under the pointer, else the focused one. */
  const shown = hovered ?? focused;
  const isShown = (row: number, col: number) =>
    same(shown, { row, col }) && !same(dismissed, { row, col });

  return { cellProps, isShown, onKeyDown };
}
