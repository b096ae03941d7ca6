import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import { linearScale } from "../../lib/scale";
import { type Span, spanShape } from "../../lib/timeline-layout";
import { ScrollRegion } from "../common/scroll-region";

export type TimelineLane = {
  id: string;
  label: string;
  href: string;
  tone: number;
  mission: Span | undefined;
  dutch: Span | undefined;
};

const WIDTH = 760;
const LABEL = 120;
const ROW = 26;
const TOP = 24;
const AXIS = 28;

/** Missions' lifetimes (thin) and Dutch participation (thick) on one time axis. */
export async function TimelineChart({
  lanes,
  domain,
  letterYear,
  locale,
  id,
}: {
  lanes: TimelineLane[];
  domain: { from: number; to: number; ticks: number[] };
  letterYear: number;
  locale: Locale;
  id: string;
}) {
  const t = await getTranslations({ locale, namespace: "Timeline" });
  const x = linearScale([domain.from, domain.to], [LABEL, WIDTH - 6]);
  const height = TOP + lanes.length * ROW + AXIS;
  const end = domain.to;
  return (
    <ScrollRegion label={t("chartTitle", { from: domain.from })}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="timeline-svg"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{t("chartTitle")}</title>
        <desc id={`${id}-desc`}>{t("chartDesc", { from: domain.from, to: domain.to })}</desc>
        <defs>
          <FadeMask id={`${id}-fade`} />
        </defs>
        {domain.ticks.map((year) => (
          <g key={year} className="chart-grid">
            <line x1={x(year)} x2={x(year)} y1={TOP} y2={height - AXIS + 4} />
            <text x={x(year)} y={height - AXIS + 18} textAnchor="middle">
              {year}
            </text>
          </g>
        ))}
        <g className="timeline-letter">
          <line x1={x(letterYear)} x2={x(letterYear)} y1={4} y2={height - AXIS + 4} />
        </g>
        {lanes.map((lane, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={lane.id} className={`lane tone-${lane.tone}`}>
              <text className="lane-label" x={0} y={y + 17}>
                {lane.label}
              </text>
              {lane.mission ? (
                <SpanShape
                  span={lane.mission}
                  x={x}
                  end={end}
                  y={y + 18}
                  h={4}
                  fade={`${id}-fade`}
                  kind="mission"
                />
              ) : null}
              {lane.dutch ? (
                <SpanShape
                  span={lane.dutch}
                  x={x}
                  end={end}
                  y={y + 4}
                  h={12}
                  fade={`${id}-fade`}
                  kind="dutch"
                />
              ) : null}
            </g>
          );
        })}
        <text className="chart-axis-label" x={x(letterYear) - 5} y={14} textAnchor="end">
          {t("letterMark")}
        </text>
      </svg>
    </ScrollRegion>
  );
}

function SpanShape({
  span,
  x,
  end,
  y,
  h,
  fade,
  kind,
}: {
  span: Span;
  x: (v: number) => number;
  end: number;
  y: number;
  h: number;
  fade: string;
  kind: "mission" | "dutch";
}) {
  const shape = spanShape(span, end);
  if (shape.kind === "endOnly") {
    return (
      <rect
        className={`span-${kind} span-end-only`}
        x={x(shape.at) - 2}
        y={y - 3}
        width={4}
        height={h + 6}
      />
    );
  }
  const x0 = x(shape.from);
  const x1 = Math.max(x(shape.to), x0 + 2);
  return (
    <rect
      className={`span-${kind}`}
      x={x0}
      y={y}
      width={x1 - x0}
      height={h}
      mask={shape.openEnd ? `url(#${fade})` : undefined}
    />
  );
}

/** Fades a shape out over its right half: a span whose end no source records. */
export function FadeMask({ id }: { id: string }) {
  return (
    <>
      <linearGradient id={`${id}-gradient`} x1="0" x2="1" y1="0" y2="0">
        <stop offset="0.4" stopColor="#fff" stopOpacity="1" />
        <stop offset="1" stopColor="#fff" stopOpacity="0.05" />
      </linearGradient>
      <mask id={id} maskContentUnits="objectBoundingBox">
        <rect width="1" height="1" fill={`url(#${id}-gradient)`} />
      </mask>
    </>
  );
}
