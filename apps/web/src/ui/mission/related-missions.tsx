import { type Cluster, figureForYear, formatQuantity, getMission } from "@inzet/data";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { href, type Locale } from "../../i18n/routing";
import { dataset } from "../../lib/data";

/** The other missions of the same group, with their figures for the dataset's year. */
export async function RelatedMissions({
  cluster,
  current,
  locale,
}: {
  cluster: Cluster;
  current: string;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Mission" });
  const ds = dataset();
  const others = cluster.missions
    .filter((id) => id !== current)
    .flatMap((id) => getMission(ds, id) ?? []);
  if (others.length === 0) return null;
  return (
    // Navigation to the group's other missions: not printed.
    <section aria-labelledby="related-heading" className="no-print">
      <h2 id="related-heading">{t("related", { group: cluster.name[locale] })}</h2>
      <ul className="related">
        {others.map((m) => {
          const f = figureForYear(ds, { mission: m.id }, ds.meta.year);
          return (
            <li key={m.id}>
              <Link prefetch={false} href={href(locale, `/missions/${m.id}`)}>
                {m.acronym}
              </Link>{" "}
              — {m.name[locale]}
              {f ? (
                <span className={`muted figure-${f.quantity.qualifier}`}>
                  {" "}
                  (
                  {t("relatedFigure", {
                    year: ds.meta.year,
                    figure: formatQuantity(f.quantity, { lang: locale }),
                  })}
                  )
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
