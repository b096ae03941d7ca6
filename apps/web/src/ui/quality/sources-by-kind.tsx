import type { PublisherKind } from "@inzet/data";
import { LABELS } from "@inzet/data/queries";
import { getTranslations } from "next-intl/server";
import { href, type Locale } from "../../i18n/routing";
import { formatShare } from "../../lib/quality-view";
import { ScrollRegion } from "../common/scroll-region";

/** Every source by who published it, with what the source policy lets a fact rest on it for. */
export async function SourcesByKind({
  sources,
  total,
  locale,
}: {
  sources: { kind: PublisherKind; count: number }[];
  total: number;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Quality" });
  return (
    <ScrollRegion label={t("kindsCaption")}>
      <table className="data-table">
        <caption>{t("kindsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("col.kind")}</th>
            <th scope="col" className="num">
              {t("col.count")}
            </th>
            <th scope="col" className="num">
              {t("col.share")}
            </th>
            <th scope="col">{t("col.alone")}</th>
          </tr>
        </thead>
        <tbody>
          {sources.map(({ kind, count }) => (
            <tr key={kind}>
              <th scope="row">
                {count > 0 ? (
                  <a href={href(locale, `/sources#kind-${kind}`)}>
                    {LABELS.publisherKind[kind][locale]}
                  </a>
                ) : (
                  LABELS.publisherKind[kind][locale]
                )}
              </th>
              <td className="num">{count}</td>
              <td className="num">{formatShare(count, total, locale)}</td>
              <td>{t(`alone.${kind}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
