// The maps served as SVG files (/maps/{key}.{locale}.{scheme}.svg) instead of inline SVG: the
// overview's and each mission's. One place derives a map's content, for the page (its name,
// description and table) and for the file, so the two cannot disagree.
import { getMission, type Mission } from "@inzet/data";
import { getTranslations } from "next-intl/server";
import { isLocale, type Locale, routing } from "../../i18n/routing";
import { dataset } from "../../lib/data";
import { countriesWithMissions, headquarters } from "../../lib/map-data";
import { MAP_SCHEMES, type MapScheme, type MapSpec } from "../../lib/map-svg";

export const COMPACT = { width: 640, height: 420, minSpan: 14 } as const;
export const FULL = { width: 800, height: 460 } as const;

/** What a missions map shows, with the text it needs. */
export async function missionsMapSpec({
  locale,
  missions,
  title,
  byGroup,
  compact,
}: {
  locale: Locale;
  missions: readonly Mission[];
  title: string;
  byGroup: boolean;
  compact: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "Map" });
  const countries = countriesWithMissions(dataset(), missions, locale);
  const hqs = headquarters(missions, locale);
  const prefix = (m: Mission) => (missions.length === 1 ? "" : `${m.acronym}: `);
  const spec: MapSpec = {
    title,
    description: t("description", {
      countries: countries.map((c) => c.name).join(", "),
      hqs: hqs.length,
    }),
    areas: countries.map((c) => ({ code: c.code, name: c.name, tone: byGroup ? c.tone : 0 })),
    markers: hqs.map((h) => ({ lat: h.lat, lon: h.lon, label: `${prefix(h.mission)}${h.name}` })),
    ...(compact ? COMPACT : FULL),
  };
  return { spec, countries, hqs };
}

/** The map files' key for the overview and for a mission. */
export const mapKey = {
  overview: "overview",
  mission: (id: string) => `mission-${id}`,
};

/** `/maps/overview.en` — the file's path without `.{scheme}.svg`. */
export const mapImageBase = (key: string, locale: Locale) => `/maps/${key}.${locale}`;

/** Every map file's name. */
export function mapFileNames(): string[] {
  const keys = [mapKey.overview, ...dataset().missions.map((m) => mapKey.mission(m.id))];
  return keys.flatMap((key) =>
    routing.locales.flatMap((locale) =>
      MAP_SCHEMES.map((scheme) => `${key}.${locale}.${scheme}.svg`),
    ),
  );
}

/** The content of a map file from its name, as its page draws it; undefined for no such map. */
export async function mapFileSpec(
  name: string,
): Promise<{ spec: MapSpec; scheme: MapScheme } | undefined> {
  const match = /^([a-z0-9-]+)\.([a-z]{2})\.(light|dark)\.svg$/.exec(name);
  if (!match) return undefined;
  const [, key = "", locale = "", scheme] = match;
  if (!isLocale(locale)) return undefined;
  return fileSpec(key, locale, scheme as MapScheme);
}

async function fileSpec(key: string, locale: Locale, scheme: MapScheme) {
  const ds = dataset();
  if (key === mapKey.overview) {
    const t = await getTranslations({ locale, namespace: "Overview" });
    const { spec } = await missionsMapSpec({
      locale,
      missions: ds.missions,
      title: t("mapTitle"),
      byGroup: true,
      compact: false,
    });
    return { spec, scheme };
  }
  const id = key.replace(/^mission-/, "");
  const mission = key.startsWith("mission-") ? getMission(ds, id) : undefined;
  if (!mission || mission.id !== id) return undefined;
  const t = await getTranslations({ locale, namespace: "Mission" });
  const { spec } = await missionsMapSpec({
    locale,
    missions: [mission],
    title: t("mapTitle", { mission: mission.acronym }),
    byGroup: false,
    compact: true,
  });
  return { spec, scheme };
}
