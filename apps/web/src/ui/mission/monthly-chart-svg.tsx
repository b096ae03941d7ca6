import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import { CHART, monthlyChart } from "../../lib/monthly-chart";
import type { MonthlySeriesView } from "../../lib/monthly-series-view";

/** The line class of a category: the total stands out, the parts differ by colour and dash. */
export function lineClass(view: MonthlySeriesView, key: string): string {
  const parts = view.categories.filter((c) => !c.isTotal);
  const i = parts.findIndex((c) => c.key === key);
  return i === -1 ? "monthly-line monthly-total" : `monthly-line monthly-part-${i % 4}`;
}

/** The series as lines on a month axis, drawn on the server; its words are in <title>/<desc>. */
export async function MonthlyChartSvg({
  view,
  id,
  title,
  summary,
  locale,
}: {
  view: MonthlySeriesView;
  id: string;
  title: string;
  /** The series in words, for readers who cannot see the lines. */
  summary: string;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Monthly" });
  const { width, height, left, right, top, bottom } = CHART;
  const chart = monthlyChart(view.months, view.categories);
  const label = (month: string) => view.monthLabels[view.months.indexOf(month)] ?? month;
  // The total first, so the parts stay visible where they equal it.
  const lines = [...chart.lines].sort((a, b) => Number(b.isTotal) - Number(a.isTotal));
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="chart-svg monthly-svg"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{t("desc", { max: chart.yMax, summary })}</desc>
      <text className="chart-axis-label" x={left} y={top - 6}>
        {t("yAxis")}
      </text>
      {chart.yTicks.map((tick) => (
        <g key={tick.value} className="chart-grid">
          <line x1={left} x2={width - right} y1={tick.y} y2={tick.y} />
          <text x={left - 6} y={tick.y + 4} textAnchor="end">
            {tick.value}
          </text>
        </g>
      ))}
      {chart.xTicks.map((tick) => (
        <g key={tick.month} className="chart-grid">
          <line x1={tick.x} x2={tick.x} y1={height - bottom} y2={height - bottom + 4} />
          <text x={tick.x} y={height - bottom + 15} textAnchor="middle">
            {tick.month.endsWith("-01") ? tick.month.slice(0, 4) : label(tick.month)}
          </text>
        </g>
      ))}
      <g className="chart-axis-label">
        <text x={left} y={height - 3}>
          {view.monthLabels[0]}
        </text>
        <text x={(left + width - right) / 2} y={height - 3} textAnchor="middle">
          {t("xAxis")}
        </text>
        <text x={width - right} y={height - 3} textAnchor="end">
          {view.monthLabels.at(-1)}
        </text>
      </g>
      {lines.map((line) => (
        <g key={line.key} className={lineClass(view, line.key)}>
          <path d={line.path} />
          {line.dots.map((d) => (
            <circle key={`${d.x},${d.y}`} cx={d.x} cy={d.y} r={2.5} />
          ))}
        </g>
      ))}
    </svg>
  );
}
