import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { href } from "../../i18n/routing";
import { type MissionQuery, SORT_KEYS, type SortKey } from "../../lib/mission-query";
import type { MissionRow } from "../../lib/mission-rows";
import { RowFigureCell } from "../common/row-figure-cell";
import { ScrollRegion } from "../common/scroll-region";

type Cell = Exclude<SortKey, "acronym" | "figure">;
const CELLS: Record<Cell, (r: MissionRow) => ReactNode> = {
  name: (r) => r.name,
  organisation: (r) => r.organisation.label,
  type: (r) => r.types.map((t) => t.label).join(", "),
  cluster: (r) => r.cluster?.label ?? "—",
  area: (r) => r.countries.map((c) => c.name).join(", "),
  since: (r) => r.sinceLabel ?? "—",
  dutchSince: (r) => r.dutchSinceLabel ?? "—",
};

type Props = {
  rows: MissionRow[];
  caption: string;
  /** The year of the figures column. */
  year: number;
  columns?: readonly SortKey[];
  /** The sort shown; with it the column headers are sort buttons (`onSort` once script runs). */
  sort?: Pick<MissionQuery, "sort" | "dir">;
  onSort?: ((key: SortKey) => void) | undefined;
};

/** Missions with their figures for the dataset's year, one per row, linked to their pages. */
export function MissionsTable({ rows, caption, year, columns = SORT_KEYS, sort, onSort }: Props) {
  const t = useTranslations("MissionsTable");
  const locale = useLocale();
  const heading = (key: SortKey) =>
    key === "figure" ? t("columns.figure", { year }) : t(`columns.${key}`);
  const ariaSort = (key: SortKey) =>
    sort?.sort === key ? (sort.dir === "desc" ? "descending" : "ascending") : undefined;
  return (
    <ScrollRegion label={caption}>
      <table className="data-table missions-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((key) => (
              <th key={key} scope="col" aria-sort={ariaSort(key)}>
                {sort ? (
                  <button
                    type="button"
                    className="sort"
                    onClick={onSort && (() => onSort(key))}
                    title={t("sortHint")}
                  >
                    {heading(key)}
                    <span className="sort-mark" aria-hidden="true">
                      {sort.sort === key ? (sort.dir === "desc" ? " ▼" : " ▲") : ""}
                    </span>
                  </button>
                ) : (
                  heading(key)
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>{t("empty")}</td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.id}>
                {columns.map((key) =>
                  key === "acronym" ? (
                    <th key={key} scope="row">
                      <Link prefetch={false} href={href(locale, `/missions/${r.id}`)}>
                        {r.acronym}
                      </Link>
                    </th>
                  ) : key === "figure" ? (
                    <RowFigureCell key={key} figure={r.figure} />
                  ) : (
                    <td key={key}>{CELLS[key](r)}</td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
