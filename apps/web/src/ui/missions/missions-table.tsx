import Link from "next/link";
import type { Locale } from "../../i18n/routing";
import { type MissionQuery, SORT_KEYS, type SortKey } from "../../lib/mission-query";
import type { MissionRow } from "../../lib/mission-rows";
import { RowFigureCell } from "../common/row-figure-cell";
import { ScrollRegion } from "../common/scroll-region";
import type { MissionsLabels } from "./missions-labels";

type Props = {
  rows: MissionRow[];
  query: MissionQuery;
  labels: MissionsLabels;
  locale: Locale;
  onSort?: ((key: SortKey) => void) | undefined;
};

/** The missions as a table; column headers sort when `onSort` is given. */
export function MissionsTable({ rows, query, labels, locale, onSort }: Props) {
  const ariaSort = (key: SortKey) =>
    query.sort === key ? (query.dir === "desc" ? "descending" : "ascending") : undefined;
  return (
    <ScrollRegion label={labels.caption}>
      <table className="data-table missions-table">
        <caption id="missions-caption">{labels.caption}</caption>
        <thead>
          <tr>
            {SORT_KEYS.map((key) => (
              <th key={key} scope="col" aria-sort={ariaSort(key)}>
                <button
                  type="button"
                  className="sort"
                  onClick={onSort ? () => onSort(key) : undefined}
                  title={labels.sortHint}
                >
                  {labels.columns[key]}
                  <span className="sort-mark" aria-hidden="true">
                    {query.sort === key ? (query.dir === "desc" ? " ▼" : " ▲") : ""}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={SORT_KEYS.length}>{labels.empty}</td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link prefetch={false} href={`/${locale}/missions/${r.id}`}>
                    {r.acronym}
                  </Link>
                </th>
                <td>{r.name}</td>
                <td>{r.organisation.label}</td>
                <td>{r.types.map((t) => t.label).join(", ")}</td>
                <td>{r.cluster?.label ?? "—"}</td>
                <td>{r.countries.map((c) => c.name).join(", ")}</td>
                <td>{r.sinceLabel ?? "—"}</td>
                <td>{r.dutchSinceLabel ?? "—"}</td>
                <RowFigureCell figure={r.figure} />
              </tr>
            ))
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
