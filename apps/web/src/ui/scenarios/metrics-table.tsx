import { useTranslations } from "next-intl";
import type { ComparisonView } from "../../lib/workbench/scenario-types";
import { ScrollRegion } from "../common/scroll-region";

/** Every portfolio metric across the columns, baseline first; a change from it is marked. */
export function MetricsTable({
  view,
  headings,
  caption,
}: {
  view: ComparisonView;
  /** The columns' headings: the baseline's, then each scenario's. */
  headings: readonly string[];
  caption: string;
}) {
  const t = useTranslations("Workbench.scenario");
  return (
    <ScrollRegion label={caption}>
      <table className="data-table metrics">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("metric")}</th>
            {headings.map((h, i) => (
              <th key={i} scope="col" className="num">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.id} data-metric={row.id}>
              <th scope="row">{row.name}</th>
              {row.values.map((v, i) => (
                <td key={i} className={row.changed[i] ? "num changed" : "num"}>
                  {v}
                  {row.changed[i] ? (
                    <span className="visually-hidden"> ({t("changed")})</span>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
