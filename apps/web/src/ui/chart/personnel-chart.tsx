import {
  formatBounds,
  formatQuantity,
  type OriginalText,
  type Quantity,
  quantityBounds,
} from "@inzet/data";
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import { axisMax, type Encoding, figureMark } from "../../lib/figure-mark";
import { linearScale, ticks } from "../../lib/scale";
import { FigureText } from "../common/figure-text";
import { BarMarks, HatchPattern } from "./bar-marks";
import { ChartLegend } from "./chart-legend";

export type ChartRow = {
  id: string;
  label: string;
  href: string;
  /** The group's colour (its order in the letter); 0 for none. */
  tone: number;
  quantity: Quantity;
  asOf: string;
  wording: OriginalText | undefined;
};

const WIDTH = 400;
const ROW = 50;
const BAR = 16;
const AXIS = 30;

/** Personnel per group on one scale, each figure drawn with its uncertainty, plus a table. */
export async function PersonnelChart({
  rows,
  locale,
  id,
}: {
  rows: ChartRow[];
  locale: Locale;
  id: string;
}) {
  const t = await getTranslations({ locale, namespace: "Chart" });
  const marks = rows.map((r) => figureMark(r.quantity));
  const max = axisMax(marks);
  const x = linearScale([0, max], [0, WIDTH - 12]);
  const height = rows.length * ROW + AXIS;
  const step = max <= 20 ? 5 : max <= 60 ? 10 : 20;
  const encodings = new Set<Encoding>(marks.map((m) => m.encoding));
  const summary = rows
    .map(
      (r) =>
        `${r.label}: ${formatBounds(quantityBounds(r.quantity), { lang: locale, style: "words" })}`,
    )
    .join("; ");
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{t("title")}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="chart-svg"
      >
        <title id={`${id}-title`}>{t("title")}</title>
        <desc id={`${id}-desc`}>{t("desc", { max, summary })}</desc>
        <defs>
          <HatchPattern id={`${id}-hatch`} />
        </defs>
        {ticks(0, max, step).map((v) => (
          <g key={v} className="chart-grid">
            <line x1={x(v)} x2={x(v)} y1={0} y2={height - AXIS + 4} />
            <text x={x(v)} y={height - AXIS + 18} textAnchor="middle">
              {v}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = i * ROW;
          const mark = marks[i];
          return (
            <g key={r.id} className={`tone-${r.tone}`}>
              <text className="chart-label" x={0} y={y + 15}>
                {r.label}
              </text>
              <text className="chart-value" x={WIDTH} y={y + 15} textAnchor="end">
                {formatQuantity(r.quantity, { lang: locale })}
              </text>
              {mark ? (
                <BarMarks
                  mark={mark}
                  x={x}
                  y={y + 22}
                  height={BAR}
                  end={WIDTH - 2}
                  patternId={`${id}-hatch`}
                />
              ) : null}
            </g>
          );
        })}
        <text className="chart-axis-label" x={WIDTH} y={height - 2} textAnchor="end">
          {t("axis")}
        </text>
      </svg>
      <ChartLegend locale={locale} present={encodings} idPrefix={id} />
      <table className="data-table compact">
        <caption>{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("col.group")}</th>
            <th scope="col">{t("col.figure")}</th>
            <th scope="col">{t("col.wording")}</th>
            <th scope="col">{t("col.means")}</th>
            <th scope="col">{t("col.asOf")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <a href={r.href}>{r.label}</a>
              </th>
              <td>
                <FigureText quantity={r.quantity} locale={locale} words={false} />
              </td>
              <td>{r.wording ? <q lang={r.wording.lang}>{r.wording.text}</q> : "—"}</td>
              <td>{formatBounds(quantityBounds(r.quantity), { lang: locale, style: "words" })}</td>
              <td>{r.asOf}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
