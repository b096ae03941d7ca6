import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { columnId } from "../../lib/workbench/matrix-sort";
import type {
  MatrixColumn,
  MatrixSort,
  MatrixView,
  RatingsView,
} from "../../lib/workbench/matrix-types";

type Props = {
  view: MatrixView;
  ratings: RatingsView | null;
  sort: MatrixSort | null;
  onSort: (column: MatrixColumn) => void;
};

/** A column heading that sorts by its column; its definition shows on hover and focus. */
function SortHeading({
  column,
  sort,
  onSort,
  tip,
  children,
  ...span
}: {
  column: MatrixColumn;
  sort: MatrixSort | null;
  onSort: (column: MatrixColumn) => void;
  tip?: string;
  children: ReactNode;
  rowSpan?: number;
}) {
  const id = columnId(column);
  const active = sort !== null && columnId(sort.column) === id;
  const tipId = `tip-${id.replace(":", "-")}`;
  return (
    <th
      scope="col"
      {...span}
      className={tip ? "has-tip" : undefined}
      aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <button
        type="button"
        className="sort"
        onClick={() => onSort(column)}
        aria-describedby={tip ? tipId : undefined}
      >
        {children}
        <span aria-hidden="true" className="sort-mark">
          {active ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}
        </span>
      </button>
      {tip ? (
        <span role="tooltip" id={tipId} className="head-tip">
          {tip}
        </span>
      ) : null}
    </th>
  );
}

/** Two rows of headings: the six considerations, then their indicators and the rating. */
export function MatrixHeader({ view, ratings, sort, onSort }: Props) {
  const t = useTranslations("Workbench.matrix");
  const common = { sort, onSort };
  return (
    <thead>
      <tr>
        <SortHeading column={{ kind: "contribution" }} rowSpan={2} {...common}>
          {t("contribution")}
        </SortHeading>
        <SortHeading column={{ kind: "group" }} rowSpan={2} {...common}>
          {t("group")}
        </SortHeading>
        {view.considerations.map((c) => (
          <th
            key={c.id}
            scope="colgroup"
            colSpan={c.indicators.length + 1}
            className="consideration"
          >
            {c.order}. {c.name}
          </th>
        ))}
        {ratings?.weights ? (
          <SortHeading column={{ kind: "score" }} rowSpan={2} tip={t("scoreHint")} {...common}>
            {t("score")}
          </SortHeading>
        ) : null}
      </tr>
      <tr>
        {view.considerations.flatMap((c) => [
          ...c.indicators.map((i) => (
            <SortHeading
              key={i.id}
              column={{ kind: "indicator", id: i.id }}
              tip={i.definition}
              {...common}
            >
              {i.name}
            </SortHeading>
          )),
          <SortHeading
            key={`rating-${c.id}`}
            column={{ kind: "rating", consideration: c.id }}
            tip={c.indicators.length === 0 ? t("judgementOnly") : undefined}
            {...common}
          >
            {t("rating")}
          </SortHeading>,
        ])}
      </tr>
    </thead>
  );
}
