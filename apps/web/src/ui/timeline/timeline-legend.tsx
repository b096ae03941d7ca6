import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "../../i18n/routing";
import { FadeMask } from "./timeline-chart";

/** What the timeline's shapes mean, drawn as the chart draws them. */
export async function TimelineLegend({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Timeline.legend" });
  const sample = (shape: ReactNode, id?: string) => (
    <svg
      viewBox="0 0 48 16"
      width="48"
      height="16"
      aria-hidden="true"
      focusable="false"
      className="tone-0"
    >
      {id ? (
        <defs>
          <FadeMask id={id} />
        </defs>
      ) : null}
      {shape}
    </svg>
  );
  return (
    <ul className="chart-legend-list">
      <li>
        {sample(<rect className="span-mission" x="2" y="12" width="44" height="4" />)}{" "}
        {t("mission")}
      </li>
      <li>
        {sample(<rect className="span-dutch" x="2" y="0" width="44" height="10" />)} {t("dutch")}
      </li>
      <li>
        {sample(
          <rect
            className="span-dutch"
            x="2"
            y="2"
            width="44"
            height="12"
            mask="url(#legend-fade)"
          />,
          "legend-fade",
        )}{" "}
        {t("open")}
      </li>
      <li>
        {sample(<rect className="span-dutch span-end-only" x="22" y="0" width="4" height="16" />)}{" "}
        {t("endOnly")}
      </li>
      <li>
        {sample(<line className="timeline-letter-line" x1="24" x2="24" y1="0" y2="16" />)}{" "}
        {t("letter")}
      </li>
    </ul>
  );
}
