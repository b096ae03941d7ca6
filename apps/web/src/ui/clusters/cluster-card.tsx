import type { ClusterSummary } from "@inzet/data";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { href, type Locale } from "../../i18n/routing";
import { formatAsOf } from "../../lib/dates";
import { FigureText, Wording } from "../common/figure-text";
import { MissionLinks } from "../common/mission-links";

/** A group of the letter: its figure as worded, its aim and its missions. */
export async function ClusterCard({
  summary,
  locale,
}: {
  summary: ClusterSummary;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Clusters" });
  const { cluster, figure, missions } = summary;
  const headingId = `cluster-${cluster.id}`;
  return (
    <article className={`card cluster-card tone-${cluster.order}`} aria-labelledby={headingId}>
      <p className="card-kicker">
        {cluster.relation === "addition" ? t("addition") : t("group", { order: cluster.order })}
      </p>
      <h3 id={headingId}>
        <Link prefetch={false} href={href(locale, `/clusters/${cluster.id}`)}>
          {cluster.name[locale]}
        </Link>
      </h3>
      {figure ? (
        <>
          <p className="card-figure">
            <FigureText quantity={figure.quantity} locale={locale} />{" "}
            <span className="card-figure-unit">
              {t("officials", { asOf: formatAsOf(figure.asOf, locale, t("openPeriod")) })}
            </span>
          </p>
          {figure.quantity.wording ? (
            <p className="card-wording">
              {t("letterWords")} <Wording quantity={figure.quantity} />
            </p>
          ) : null}
        </>
      ) : (
        <p className="card-figure">{t("noFigure")}</p>
      )}
      <p className="card-purpose">{t("aim", { purpose: cluster.purpose[locale] })}</p>
      <p className="card-missions-label">{t("missionsCount", { count: missions.length })}</p>
      <MissionLinks missions={missions} locale={locale} />
    </article>
  );
}
