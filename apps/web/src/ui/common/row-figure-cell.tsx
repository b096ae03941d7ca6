import type { RowFigure } from "../../lib/mission-rows";

/** A mission row's figure for the dataset's year, styled by its qualifier; "—" where none. */
export function RowFigureCell({ figure }: { figure: RowFigure | undefined }) {
  return (
    <td className={`figure figure-${figure?.qualifier ?? "unknown"}`}>{figure?.text ?? "—"}</td>
  );
}
