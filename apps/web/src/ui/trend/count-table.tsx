import type { MissionCount } from "@inzet/data";
import { formatQuantity } from "@inzet/data/queries";
import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import type { Locale } from "../../i18n/routing";
import { COUNT_KINDS, type CountChart } from "../../lib/count-chart";
import { Refs } from "../common/refs";
import { ScrollRegion } from "../common/scroll-region";

/** The chart's counts as a table: a row per year, each with the note of the row it quotes. */
export async function CountTable({
  chart,
  refOf,
  locale,
}: {
  chart: CountChart;
  /** The note number of a count's citation. */
  refOf: (count: MissionCount) => number;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Trend.counts" });
  const caption = t("tableCaption");
  // The source's own remarks on its counts ("N/A": too few data), once each.
  const remarks = [
    ...new Set(chart.lines.flatMap((l) => l.points.flatMap((p) => p.count?.note?.[locale] ?? []))),
  ];
  const cell = (count: MissionCount | undefined) => {
    if (!count) return <td className="figure figure-unknown">{t("noCount")}</td>;
    const text = formatQuantity(count.count, { lang: locale, style: "words" });
    return (
      <td className={`figure figure-${count.count.qualifier}`}>
        {text}
        {count.count.wording && count.count.wording.text !== text ? (
          <>
            {" "}
            (<q lang={count.count.wording.lang}>{count.count.wording.text}</q>)
          </>
        ) : null}
      </td>
    );
  };
  return (
    <>
      <ScrollRegion label={caption}>
        <table className="data-table count-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("year")}</th>
              {COUNT_KINDS.map((k) => (
                <th key={k} scope="col">
                  {t(`col.${k}`)}
                </th>
              ))}
              <th scope="col">{t("source")}</th>
            </tr>
          </thead>
          <tbody>
            {chart.years.map((year, i) => {
              const counts = chart.lines.map((l) => l.points[i]?.count);
              const refs = [...new Set(counts.flatMap((c) => (c ? [refOf(c)] : [])))];
              return (
                <tr key={year}>
                  <th scope="row">{year}</th>
                  {counts.map((c, k) => (
                    <Fragment key={COUNT_KINDS[k]}>{cell(c)}</Fragment>
                  ))}
                  <td>
                    <Refs refs={refs} locale={locale} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {remarks.map((r) => (
        <p key={r} className="hint">
          {r}
        </p>
      ))}
    </>
  );
}
