import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import { type Encoding, figureMark } from "../../lib/figure-mark";
import { linearScale } from "../../lib/scale";
import { BarMarks, HatchPattern } from "./bar-marks";

// One sample figure per encoding, drawn exactly as the chart draws it.
const SAMPLES: Record<Encoding, Parameters<typeof figureMark>[0]> = {
  exact: { qualifier: "exact", value: 6 },
  approximate: { qualifier: "approximately", value: 6 },
  openEnded: { qualifier: "moreThan", value: 4 },
  range: { qualifier: "range", min: 3, max: 7 },
  unknown: { qualifier: "unknown" },
};

/** What solid, hatched and arrowed bars mean; every encoding, the ones in the chart first. */
export async function ChartLegend({
  locale,
  present,
  idPrefix,
}: {
  locale: Locale;
  present: ReadonlySet<Encoding>;
  idPrefix: string;
}) {
  const t = await getTranslations({ locale, namespace: "Chart.legend" });
  const order = (Object.keys(SAMPLES) as Encoding[]).sort(
    (a, b) => Number(present.has(b)) - Number(present.has(a)),
  );
  const x = linearScale([0, 10], [0, 60]);
  return (
    <div className="chart-legend">
      <p className="chart-legend-title">{t("title")}</p>
      <ul>
        {order.map((encoding) => (
          <li key={encoding}>
            <svg viewBox="0 0 64 16" width="64" height="16" aria-hidden="true" focusable="false">
              <defs>
                <HatchPattern id={`${idPrefix}-legend-${encoding}`} />
              </defs>
              <BarMarks
                mark={figureMark(SAMPLES[encoding])}
                x={x}
                y={3}
                height={10}
                end={63}
                patternId={`${idPrefix}-legend-${encoding}`}
              />
            </svg>
            <span>{t(encoding)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
