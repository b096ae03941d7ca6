import Link from "next/link";
import { useTranslations } from "next-intl";
import { type ReactNode, useRef } from "react";
import { href } from "../../i18n/routing";
import { columnId } from "../../lib/workbench/matrix-sort";
import type {
  MatrixColumn,
  MatrixRow,
  MatrixSort,
  MatrixView,
  RatingsView,
} from "../../lib/workbench/matrix-types";
import { IndicatorDetails, RatingDetails } from "./cell-details";
import { MatrixHeader } from "./matrix-header";
import { useGridFocus } from "./use-grid-focus";

type Props = {
  view: MatrixView;
  rows: readonly MatrixRow[];
  ratings: RatingsView | null;
  sort: MatrixSort | null;
  onSort: (column: MatrixColumn) => void;
  caption: string;
};

/** The columns in order: contribution, group, then per consideration its indicators and rating. */
export function matrixColumns(view: MatrixView, ratings: RatingsView | null): MatrixColumn[] {
  return [
    { kind: "contribution" },
    { kind: "group" },
    ...view.considerations.flatMap((c): MatrixColumn[] => [
      ...c.indicators.map((i) => ({ kind: "indicator" as const, id: i.id })),
      { kind: "rating", consideration: c.id },
    ]),
    ...(ratings?.weights ? [{ kind: "score" as const }] : []),
  ];
}

/**
 * The contributions × considerations. One tab stop; the arrow keys move between cells, and a
 * cell's details (definition, sources; rating, rationale, evidence) show on focus and hover.
 */
export function MatrixTable({ view, rows, ratings, sort, onSort, caption }: Props) {
  const t = useTranslations("Workbench.matrix");
  const table = useRef<HTMLTableElement>(null);
  const columns = matrixColumns(view, ratings);
  const grid = useGridFocus(table, rows.length, columns.length);
  const names = new Map<string, string>(
    view.considerations.flatMap((c) => [
      ...c.indicators.map((i) => [`indicator:${i.id}`, i.name] as const),
      [`rating:${c.id}`, c.name] as const,
    ]),
  );

  function details(row: MatrixRow, column: MatrixColumn): ReactNode {
    switch (column.kind) {
      case "indicator":
        return (
          <IndicatorDetails
            name={names.get(columnId(column)) ?? ""}
            cell={row.cells[column.id]}
            sources={view.sources}
          />
        );
      case "rating":
        return (
          <RatingDetails
            consideration={names.get(columnId(column)) ?? ""}
            rating={ratings?.ratings[row.id]?.[column.consideration]}
            ratings={ratings}
          />
        );
      case "score": {
        const s = ratings?.scores[row.id];
        return (
          <>
            <p className="tip-title">
              {t("score")}: {s?.text ?? "—"}
            </p>
            <p>{s && !s.complete ? t("scoreIncomplete") : t("scoreHint")}</p>
          </>
        );
      }
      default:
        return null;
    }
  }

  function text(row: MatrixRow, column: MatrixColumn): string {
    switch (column.kind) {
      case "indicator":
        return row.cells[column.id].text;
      case "rating":
        return String(ratings?.ratings[row.id]?.[column.consideration]?.value ?? "—");
      case "score":
        return ratings?.scores[row.id]?.text ?? "—";
      case "group":
        return row.group.name;
      default:
        return row.label;
    }
  }

  return (
    <table ref={table} className="data-table matrix" onKeyDown={grid.onKeyDown}>
      <caption>{caption}</caption>
      <MatrixHeader view={view} ratings={ratings} sort={sort} onSort={onSort} />
      <tbody>
        {rows.map((row, r) => (
          <tr key={row.id}>
            <th scope="row">
              <Link
                prefetch={false}
                href={href(view.locale, `/missions/${row.id}`)}
                {...grid.cellProps(r, 0)}
              >
                {row.label}
              </Link>
            </th>
            {columns.slice(1).map((column, i) => {
              const c = i + 1;
              const shown = grid.isShown(r, c);
              const tipId = `cell-tip-${r}-${c}`;
              const tip = shown ? details(row, column) : null;
              const unknown = column.kind === "indicator" && row.cells[column.id].sort === null;
              const className = [
                column.kind === "group" ? "group-cell" : "cell",
                column.kind === "rating" ? "rating-cell" : "",
                unknown ? "unknown" : "",
                r >= rows.length / 2 ? "tip-up" : "",
                c >= columns.length / 2 ? "tip-left" : "",
              ]
                .filter(Boolean)
                .join(" ");
              return (
                <td
                  key={columnId(column)}
                  className={className}
                  {...grid.cellProps(r, c)}
                  aria-describedby={tip ? tipId : undefined}
                >
                  {text(row, column)}
                  {tip ? (
                    <div role="tooltip" id={tipId} className="cell-tip">
                      {tip}
                    </div>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
