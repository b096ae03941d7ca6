import { formatPartialDate } from "@inzet/data/queries";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { href, type Locale } from "../../i18n/routing";
import type { SmallMultiples } from "../../lib/small-multiples";

/**
 * One small chart per UN mission: the UN's month-end total of Dutch uniformed personnel, all on
 * the same month axis and the same scale, drawn on the server. A month without a figure is a gap.
 */
export async function UnPanels({ sm, locale }: { sm: SmallMultiples; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Trend.un" });
  const month = (m: string) => formatPartialDate(m, locale);
  const { plot } = sm;
  return (
    <ul className="un-panels">
      {sm.panels.map((p) => {
        const id = `un-${p.series.mission.id}`;
        const title = t("panelTitle", {
          mission: p.series.mission.acronym,
          from: month(p.first.month),
          to: month(p.last.month),
        });
        return (
          <li key={id}>
            <figure className="un-panel" aria-labelledby={`${id}-caption`}>
              <figcaption id={`${id}-caption`}>
                <Link prefetch={false} href={href(locale, `/missions/${p.series.mission.id}`)}>
                  {p.series.mission.acronym}
                </Link>{" "}
                <span className="muted">
                  {month(p.first.month)} – {month(p.last.month)}
                </span>
              </figcaption>
              <svg
                viewBox={`0 0 ${sm.width} ${sm.height}`}
                role="img"
                aria-labelledby={`${id}-title ${id}-desc`}
                className="un-panel-svg"
              >
                <title id={`${id}-title`}>{title}</title>
                <desc id={`${id}-desc`}>
                  {t("panelDesc", {
                    first: p.first.value,
                    firstMonth: month(p.first.month),
                    last: p.last.value,
                    lastMonth: month(p.last.month),
                    peak: p.peak.value,
                    peakMonth: month(p.peak.month),
                    missing: p.missing,
                    max: sm.max,
                  })}
                </desc>
                {[0, sm.max].map((v) => {
                  const y = v === 0 ? plot.bottom : plot.top;
                  return (
                    <g key={v} className="chart-grid">
                      <line x1={plot.left} x2={plot.right} y1={y} y2={y} />
                      <text x={plot.left - 4} y={y + 4} textAnchor="end">
                        {v}
                      </text>
                    </g>
                  );
                })}
                {sm.years.map((y) => (
                  <g key={y.year} className="chart-grid">
                    <line x1={y.x} x2={y.x} y1={plot.bottom} y2={plot.bottom + 4} />
                    <text x={y.x} y={plot.bottom + 16} textAnchor="middle">
                      {y.year}
                    </text>
                  </g>
                ))}
                <line className="un-span" x1={p.x0} x2={p.x1} y1={plot.bottom} y2={plot.bottom} />
                <path className="un-line" d={p.path} />
              </svg>
              <p className="un-panel-note">
                {t("panelNote", {
                  peak: p.peak.value,
                  peakMonth: month(p.peak.month),
                  last: p.last.value,
                  missing: p.missing,
                })}
              </p>
            </figure>
          </li>
        );
      })}
    </ul>
  );
}
