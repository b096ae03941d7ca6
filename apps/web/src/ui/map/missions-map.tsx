import { clusterOf, type Mission } from "@inzet/data";
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import { formatCoordinates } from "../../lib/coordinates";
import { dataset } from "../../lib/data";
import { GroupKey } from "../common/group-key";
import { MissionLinks } from "../common/mission-links";
import { mapImageBase, missionsMapSpec } from "./map-files";
import { WorldMap } from "./world-map";

type Props = {
  id: string;
  locale: Locale;
  missions: Mission[];
  title: string;
  /** Colour areas by the letter's group, with a key. */
  byGroup?: boolean;
  compact?: boolean;
  /** The map's file key (map-files.ts): drawn as an <img> of that file, not as inline SVG. */
  image?: string;
};

/** Where missions operate and have their headquarters, with the same as two tables. */
export async function MissionsMap({
  id,
  locale,
  missions,
  title,
  byGroup = false,
  compact = false,
  image,
}: Props) {
  const t = await getTranslations({ locale, namespace: "Map" });
  const { spec, countries, hqs } = await missionsMapSpec({
    locale,
    missions,
    title,
    byGroup,
    compact,
  });
  const ds = dataset();
  const ungrouped = missions.some((m) => !clusterOf(ds, m.id));
  const legend = byGroup ? (
    <GroupKey locale={locale} other={ungrouped ? t("otherMissions") : undefined} />
  ) : null;
  return (
    <WorldMap
      id={id}
      locale={locale}
      title={title}
      description={spec.description}
      areas={spec.areas}
      markers={spec.markers}
      width={spec.width}
      height={spec.height}
      {...(spec.minSpan ? { minSpan: spec.minSpan } : {})}
      compact={compact}
      {...(image ? { image: mapImageBase(image, locale) } : {})}
      legend={legend}
      alternative={
        <>
          <table className="data-table compact">
            <caption>{t("areasCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("country")}</th>
                <th scope="col">{t("missions")}</th>
              </tr>
            </thead>
            <tbody>
              {countries.map((c) => (
                <tr key={c.code}>
                  <th scope="row">{c.name}</th>
                  <td>
                    <MissionLinks missions={c.missions} locale={locale} inline />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {hqs.length > 0 ? (
            <table className="data-table compact">
              <caption>{t("hqCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("headquarters")}</th>
                  <th scope="col">{t("mission")}</th>
                  <th scope="col">{t("coordinates")}</th>
                </tr>
              </thead>
              <tbody>
                {hqs.map((h) => (
                  <tr key={`${h.mission.id}-${h.name}`}>
                    <th scope="row">{h.name}</th>
                    <td>{h.mission.acronym}</td>
                    <td>
                      {formatCoordinates({ lat: h.lat, lon: h.lon }, locale)}
                      {h.unverified ? ` (${t("approximate")})` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      }
    />
  );
}
