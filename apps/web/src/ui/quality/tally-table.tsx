import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import { formatShare, type Tally } from "../../lib/quality-view";
import { ScrollRegion } from "../common/scroll-region";

/** Counts with their share of the whole, the first row being the whole. */
export async function TallyTable<K extends string>({
  caption,
  rows,
  labels,
  locale,
}: {
  caption: string;
  rows: Tally<K>[];
  /** The row's label by its key. */
  labels: (key: K) => string;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Quality" });
  return (
    <ScrollRegion label={caption}>
      <table className="data-table tally-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("col.what")}</th>
            <th scope="col" className="num">
              {t("col.count")}
            </th>
            <th scope="col" className="num">
              {t("col.share")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.of === undefined ? "tally-whole" : undefined}>
              <th scope="row">{labels(r.key)}</th>
              <td className="num">{r.count}</td>
              <td className="num">{formatShare(r.count, r.of, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
