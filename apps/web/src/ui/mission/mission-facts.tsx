import { countryName, type Mission } from "@inzet/data";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { href, type Locale } from "../../i18n/routing";
import type { MissionView } from "../../lib/mission-view";
import { FactValue } from "../common/fact-value";

/**
 * Every fact of the mission, each with its note numbers and how firm it is; absent facts say
 * "none recorded", except "still running", which is shown only where a source says so.
 */
export async function MissionFacts({
  mission,
  view,
  locale,
}: {
  mission: Mission;
  view: MissionView;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Mission" });
  return (
    <dl className="facts">
      {view.facts.map(({ label, items }) =>
        label === "runningAsOf" && items.length === 0 ? null : (
          <div key={label} className={items.length === 0 ? "fact fact-empty" : "fact"}>
            <dt>{t(`facts.${label}`)}</dt>
            {items.length === 0 ? (
              <dd className="muted">{t("noneRecorded")}</dd>
            ) : (
              items.map((item, i) => (
                <dd key={`${label}-${i}`}>
                  {label === "runningAsOf" ? (
                    <FactValue item={item} locale={locale}>
                      {t("stillRunning", { date: item.text })}
                    </FactValue>
                  ) : label === "area" ? (
                    <FactValue item={item} locale={locale}>
                      <span className="countries">
                        {mission.area.value.countries.map((c) => countryName(c, locale)).join(", ")}
                      </span>
                      {item.text ? <span className="area-text"> — {item.text}</span> : null}
                    </FactValue>
                  ) : item.missionId ? (
                    <FactValue item={item} locale={locale}>
                      <Link prefetch={false} href={href(locale, `/missions/${item.missionId}`)}>
                        {item.text}
                      </Link>
                    </FactValue>
                  ) : (
                    <FactValue item={item} locale={locale} />
                  )}
                  {item.coordinates ? (
                    <span className="coordinates">
                      {" · "}
                      <FactValue item={item.coordinates} locale={locale}>
                        {t("coordinates", { coordinates: item.coordinates.text })}
                      </FactValue>
                    </span>
                  ) : null}
                </dd>
              ))
            )}
          </div>
        ),
      )}
    </dl>
  );
}
