import { countryName } from "@inzet/data";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "../../i18n/routing";
import { type LonLat, layoutMap } from "../../lib/geo";
import { relativePath } from "../../lib/svg-path";

export type MapArea = { code: string; tone: number };
export type MapMarker = LonLat & { label: string };

type Props = {
  id: string;
  locale: Locale;
  title: string;
  description: string;
  areas: MapArea[];
  markers: MapMarker[];
  width?: number;
  height?: number;
  minSpan?: number;
  /** A smaller map, for one mission or group. */
  compact?: boolean;
  /** The map's content as text: a table or list, shown under the map. */
  alternative: ReactNode;
  legend?: ReactNode;
  /**
   * The same map as files (`{image}.light.svg`, `{image}.dark.svg`, see map-files.ts): drawn as
   * an <img>, which the browser paints without React and which keeps every path out of the
   * page's HTML and server-components payload. Its countries' names are in the table.
   */
  image?: string;
};

/** An offline SVG map (Natural Earth shapes, Equal Earth projection) rendered on the server. */
export async function WorldMap({
  id,
  locale,
  title,
  description,
  areas,
  markers,
  width = 800,
  height = 460,
  minSpan,
  compact = false,
  alternative,
  legend,
  image,
}: Props) {
  const t = await getTranslations({ locale, namespace: "Map" });
  const tone = new Map(areas.map((a) => [a.code, a.tone]));
  const map = layoutMap({
    width,
    height,
    focus: areas.map((a) => a.code),
    points: markers,
    ...(minSpan ? { minSpan } : {}),
  });
  return (
    <figure className={compact ? "map map-compact" : "map"}>
      {image ? (
        <>
          <picture>
            <source media="(prefers-color-scheme: dark)" srcSet={`${image}.dark.svg`} />
            <img
              src={`${image}.light.svg`}
              alt={title}
              aria-describedby={`${id}-desc`}
              width={width}
              height={height}
              loading="lazy"
              decoding="async"
              className="map-svg"
            />
          </picture>
          <p id={`${id}-desc`} className="visually-hidden">
            {description}
          </p>
        </>
      ) : (
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          className="map-svg"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <rect className="map-sea" width={width} height={height} />
          <g className="map-land">
            {map.countries.map((c, i) =>
              c.focus && c.code ? (
                <path
                  key={`${c.code}-${i}`}
                  d={relativePath(c.d)}
                  className={`map-area tone-${tone.get(c.code) ?? 0}`}
                >
                  <title>{countryName(c.code, locale)}</title>
                </path>
              ) : (
                <path key={`${c.code ?? c.name}-${i}`} d={relativePath(c.d)} />
              ),
            )}
          </g>
          {map.small.map((s) => (
            <circle
              key={`small-${s.code}`}
              className={`map-small tone-${tone.get(s.code) ?? 0}`}
              cx={s.x}
              cy={s.y}
              r={13}
            >
              <title>{countryName(s.code, locale)}</title>
            </circle>
          ))}
          {markers.map((m) => {
            const p = map.project(m);
            if (!p) return null;
            return (
              <g key={`${m.label}-${m.lat}-${m.lon}`} className="map-hq">
                <circle className="map-hq-halo" cx={p[0]} cy={p[1]} r={8} />
                <circle className="map-hq-dot" cx={p[0]} cy={p[1]} r={3.5} />
                <title>{m.label}</title>
              </g>
            );
          })}
        </svg>
      )}
      <figcaption>
        {legend}
        <ul className="map-key">
          {markers.length > 0 ? (
            <li>
              <span className="key-swatch key-hq" aria-hidden="true" /> {t("hqLegend")}
            </li>
          ) : null}
          {map.small.length > 0 ? (
            <li>
              <span className="key-swatch key-small" aria-hidden="true" /> {t("smallLegend")}
            </li>
          ) : null}
        </ul>
        {markers.length > 0 ? <p className="map-note">{t("approxNote")}</p> : null}
        <p className="map-credit">{t("credit")}</p>
      </figcaption>
      <details className="map-alternative">
        <summary>{t("alternative")}</summary>
        {alternative}
      </details>
    </figure>
  );
}
