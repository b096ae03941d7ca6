import { useTranslations } from "next-intl";
import type { FigureMark } from "../../lib/figure-mark";
import { linearScale } from "../../lib/scale";
import type { ComparisonView, GroupBar } from "../../lib/workbench/scenario-types";
import { BarMarks, HatchPattern } from "../chart/bar-marks";
import { ScrollRegion } from "../common/scroll-region";

const WIDTH = 400;
const LABEL = 18;
const BAR = 11;
const GAP = 4;
const GROUP_GAP = 12;
// Room at the right for each bar's figure ("≥ ≈ 15 (+ 2 unknown)").
const VALUES = 150;
/** Each column's colour: the baseline, then up to three scenarios. */
export const COLUMN_TONES = [0, 2, 3, 4] as const;

/** A group total as the chart draws it: certain up to its low, uncertain to its high or open. */
function markOf(bar: NonNullable<GroupBar>): FigureMark {
  const open = bar.high === null;
  return {
    encoding: open ? "openEnded" : bar.high === bar.low ? "exact" : "range",
    solid: [0, bar.low],
    soft: !open && bar.high !== null && bar.high > bar.low ? [bar.low, bar.high] : null,
    open: open ? bar.low : null,
    tick: null,
  };
}

/**
 * Personnel per group, one bar per column (baseline first) on one scale, so a change shows as a
 * bar that moves; the table below holds the same figures with each group's share.
 */
export function GroupBars({
  view,
  headings,
  id,
}: {
  view: ComparisonView;
  headings: readonly string[];
  id: string;
}) {
  const t = useTranslations("Workbench.scenario");
  const n = headings.length;
  const x = linearScale([0, view.axisMax], [0, WIDTH - VALUES]);
  const block = LABEL + n * (BAR + GAP) + GROUP_GAP;
  const height = view.groups.length * block;
  const title = t("barsTitle", { columns: headings.join(", ") });
  return (
    <figure className="chart group-bars" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="chart-svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{t("barsDesc")}</desc>
        <defs>
          <HatchPattern id={`${id}-hatch`} />
        </defs>
        {view.groups.map((g, gi) => {
          const top = gi * block;
          return (
            <g key={g.key}>
              <text className="chart-label" x={0} y={top + 13}>
                {g.name}
              </text>
              {g.bars.map((bar, i) => {
                const y = top + LABEL + i * (BAR + GAP);
                return (
                  <g key={i} className={`tone-${COLUMN_TONES[i] ?? 0}`}>
                    {bar ? (
                      <BarMarks
                        mark={markOf(bar)}
                        x={x}
                        y={y}
                        height={BAR}
                        end={WIDTH - VALUES + 8}
                        patternId={`${id}-hatch`}
                      />
                    ) : null}
                    <text className="chart-value" x={WIDTH} y={y + BAR - 1} textAnchor="end">
                      {bar ? bar.text : "—"}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <ul className="column-key" aria-hidden="true">
        {headings.map((h, i) => (
          <li key={i} className={`tone-${COLUMN_TONES[i] ?? 0}`}>
            <span className="swatch" />
            {h}
          </li>
        ))}
      </ul>
      <ScrollRegion label={t("barsCaption")}>
        <table className="data-table compact">
          <caption>{t("barsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("groupCol")}</th>
              {headings.map((h, i) => (
                <th key={i} scope="col" className="num">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.groups.map((g) => (
              <tr key={g.key}>
                <th scope="row">{g.name}</th>
                {g.bars.map((bar, i) => (
                  <td key={i} className="num">
                    {bar ? `${bar.text} (${t("share", { share: bar.share })})` : t("gone")}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </figure>
  );
}
