import { LABELS } from "@inzet/data/queries";
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import type { CountChart } from "../../lib/count-chart";

/**
 * The official counts of missions per year as two lines, drawn on the server. A year without a
 * count is a gap in its line, marked by a band and a label that says "unknown" — never a zero.
 */
export async function CountChartSvg({
  chart,
  id,
  locale,
}: {
  chart: CountChart;
  id: string;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Trend.counts" });
  const { plot } = chart;
  const kindLabel = (k: "civilian" | "military") => LABELS.missionCountKind[k][locale];
  const summary = chart.lines
    .map(
      (l) =>
        `${kindLabel(l.kind)}: ${l.points
          .map((p) => `${p.year} ${p.value ?? t("unknown")}`)
          .join(", ")}`,
    )
    .join(". ");
  return (
    <svg
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="chart-svg count-chart"
    >
      <title id={`${id}-title`}>{t("chartTitle")}</title>
      <desc id={`${id}-desc`}>{t("chartDesc", { summary })}</desc>
      {chart.gaps.map((g) => (
        <g key={`${g.kind}-${g.from}`} className={`count-gap count-${g.kind}`}>
          <rect
            x={g.x0}
            y={plot.top - 30}
            width={g.x1 - g.x0}
            height={plot.bottom - plot.top + 30}
          />
          <text x={(g.x0 + g.x1) / 2} y={plot.top - 16} textAnchor="middle">
            {t("gapLabel", { kind: kindLabel(g.kind) })}
          </text>
          <text x={(g.x0 + g.x1) / 2} y={plot.top - 9} textAnchor="middle">
            {g.wording ? t("gapWording", { wording: g.wording }) : t("unknown")}
          </text>
        </g>
      ))}
      {chart.ticks.map((v) => (
        <g key={v} className="chart-grid">
          <line x1={plot.left} x2={plot.right} y1={chart.y(v)} y2={chart.y(v)} />
          <text x={plot.left - 6} y={chart.y(v) + 4} textAnchor="end">
            {v}
          </text>
        </g>
      ))}
      {chart.years.map((year, i) => (
        <text
          key={year}
          className="chart-grid-label"
          x={chart.lines[0]?.points[i]?.x}
          y={plot.bottom + 18}
          textAnchor="middle"
        >
          {year}
        </text>
      ))}
      {chart.lines.map((l) => {
        const lastKnown = l.points.filter((p) => p.y !== undefined).at(-1);
        return (
          <g key={l.kind} className={`count-line count-${l.kind}`}>
            <path d={l.path} />
            {l.points.map((p) =>
              p.y === undefined ? null : l.kind === "civilian" ? (
                <circle key={p.year} cx={p.x} cy={p.y} r={3.5} />
              ) : (
                <rect key={p.year} x={p.x - 3.5} y={p.y - 3.5} width={7} height={7} />
              ),
            )}
            {lastKnown?.y !== undefined ? (
              <text
                className="count-line-label"
                x={plot.right + 8}
                y={lastKnown.y + (l.kind === "civilian" ? 14 : -6)}
              >
                {kindLabel(l.kind)}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
