import { footnotes, getSource, sourceLabel } from "@inzet/data/queries";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { type LocaleParams, pageLocale } from "../../../i18n/page";
import { countChart } from "../../../lib/count-chart";
import { dataset } from "../../../lib/data";
import { editionRows } from "../../../lib/edition-rows";
import { portfolioTrend } from "../../../lib/portfolio-trend";
import { smallMultiples } from "../../../lib/small-multiples";
import { monthlyTotals } from "../../../lib/un-monthly";
import { FootnoteList } from "../../../ui/common/footnote-list";
import { Refs } from "../../../ui/common/refs";
import { CountChartSvg } from "../../../ui/trend/count-chart-svg";
import { CountTable } from "../../../ui/trend/count-table";
import { EditionNotes } from "../../../ui/trend/edition-notes";
import { EditionsTable } from "../../../ui/trend/editions-table";
import { PortfolioTable } from "../../../ui/trend/portfolio-table";
import { TrendDownloads } from "../../../ui/trend/trend-downloads";
import { UnPanels } from "../../../ui/trend/un-panels";
import { UnTable } from "../../../ui/trend/un-table";
import "../../../styles/trend.css";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Trend" });
  return { title: t("title"), description: t("description") };
}

/**
 * The longer view: the official count of missions per year, the evaluation editions, the UN's
 * monthly Dutch figures per UN mission and the portfolio per edition — each cited, each chart
 * with its table. The notes are numbered once for the whole page, in the order it cites them.
 */
export default async function TrendPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Trend" });
  const ds = dataset();
  const notes = footnotes();
  const counts = countChart(ds);
  const countRefs = new Map(
    counts.lines.flatMap((l) =>
      l.points.flatMap((p) => (p.count ? [[p.count.id, notes.ref(p.count.citation)]] : [])),
    ),
  );
  const editions = editionRows(ds, locale, notes);
  const series = monthlyTotals(ds);
  const sm = smallMultiples(series);
  const unSources = [...new Set(series.map((s) => s.source))].flatMap((id) => {
    const source = getSource(ds, id);
    return source
      ? [{ label: sourceLabel(ds, source, locale), ref: notes.ref({ source: id }) }]
      : [];
  });
  const portfolio = portfolioTrend(ds, locale, notes);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <nav aria-label={t("toc")} className="toc">
        <ul>
          <li>
            <a href="#counts-heading">{t("counts.heading")}</a>
          </li>
          <li>
            <a href="#editions-heading">{t("editions.heading")}</a>
          </li>
          <li>
            <a href="#un-monthly">{t("un.heading")}</a>
          </li>
          <li>
            <a href="#portfolio-heading">{t("portfolio.heading")}</a>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">{t("counts.heading")}</h2>
        <p>{t("counts.lead")}</p>
        <figure className="chart" aria-labelledby="counts-caption">
          <figcaption id="counts-caption">{t("counts.chartTitle")}</figcaption>
          <CountChartSvg chart={counts} id="count-chart" locale={locale} />
          <ul className="count-legend">
            <li className="count-civilian">
              <svg viewBox="0 0 28 10" aria-hidden="true">
                <path d="M1,5L27,5" />
                <circle cx={14} cy={5} r={3.5} />
              </svg>
              {t("counts.legendCivilian")}
            </li>
            <li className="count-military">
              <svg viewBox="0 0 28 10" aria-hidden="true">
                <path d="M1,5L27,5" />
                <rect x={10.5} y={1.5} width={7} height={7} />
              </svg>
              {t("counts.legendMilitary")}
            </li>
            <li>
              <svg viewBox="0 0 28 10" aria-hidden="true" className="count-gap">
                <rect x={1} y={0} width={26} height={10} />
              </svg>
              {t("counts.legendGap")}
            </li>
          </ul>
        </figure>
        <CountTable
          chart={counts}
          refOf={(c) => countRefs.get(c.id) ?? notes.ref(c.citation)}
          locale={locale}
        />
        <p className="hint">{t("counts.hint")}</p>
      </section>
      <section aria-labelledby="editions-heading">
        <h2 id="editions-heading">{t("editions.heading")}</h2>
        <p>{t("editions.lead")}</p>
        <EditionsTable rows={editions} locale={locale} />
        <EditionNotes rows={editions} locale={locale} />
      </section>
      <section aria-labelledby="un-monthly">
        <h2 id="un-monthly">{t("un.heading")}</h2>
        <p>{t("un.lead", { max: sm.max })}</p>
        <UnPanels sm={sm} locale={locale} />
        {unSources.map((s) => (
          <p key={s.ref} className="un-source">
            {t("un.source", { source: s.label })}
            <Refs refs={[s.ref]} locale={locale} />
          </p>
        ))}
        <UnTable sm={sm} locale={locale} />
      </section>
      <section aria-labelledby="portfolio-heading">
        <h2 id="portfolio-heading">{t("portfolio.heading")}</h2>
        <p>{t("portfolio.lead")}</p>
        <PortfolioTable points={portfolio} locale={locale} />
      </section>
      <TrendDownloads locale={locale} />
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">{t("notesHeading")}</h2>
        <FootnoteList notes={notes.list()} locale={locale} />
      </section>
    </>
  );
}
