import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { href, type Locale } from "../../i18n/routing";
import type { EditionRow } from "../../lib/edition-rows";
import { FigureText, Wording } from "../common/figure-text";
import { Refs } from "../common/refs";
import { ScrollRegion } from "../common/scroll-region";

/** Every evaluation edition: its year, letter, date, annex, the missions it treats, its groups. */
export async function EditionsTable({ rows, locale }: { rows: EditionRow[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Trend.editions" });
  const caption = t("caption");
  return (
    <ScrollRegion label={caption}>
      <table className="data-table editions-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("year")}</th>
            <th scope="col">{t("letter")}</th>
            <th scope="col">{t("date")}</th>
            <th scope="col">{t("annex")}</th>
            <th scope="col">{t("missions")}</th>
            <th scope="col">{t("groups")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.edition.id} id={`edition-${r.edition.id}`}>
              <th scope="row">
                {r.edition.reportingYear}
                <span className="edition-title">{r.title}</span>
              </th>
              <td>
                {r.letter.url ? (
                  <a href={r.letter.url} rel="noreferrer" className="external">
                    {r.letter.label}
                  </a>
                ) : (
                  r.letter.label
                )}
              </td>
              <td>
                {r.date ? (
                  <>
                    {r.date.text}
                    <Refs refs={r.date.refs} locale={locale} />
                  </>
                ) : (
                  <span className="muted">{t("unknown")}</span>
                )}
              </td>
              <td>{r.annex ?? <span className="muted">{t("notInData")}</span>}</td>
              <td>
                {r.missions.length === 0 ? (
                  <span className="muted">{t("noMissions")}</span>
                ) : (
                  <ul className="edition-missions">
                    {r.missions.map(({ mission, ref }) => (
                      <li key={mission.id}>
                        <Link prefetch={false} href={href(locale, `/missions/${mission.id}`)}>
                          {mission.acronym}
                        </Link>
                        <Refs refs={[ref]} locale={locale} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {r.groups.length === 0 ? (
                  <span className="muted">{t("noGroups")}</span>
                ) : (
                  <ul className="edition-groups">
                    {r.groups.map((g) => (
                      <li key={g.id}>
                        <Link prefetch={false} href={href(locale, `/clusters/${g.id}`)}>
                          {g.name}
                        </Link>
                        {g.quantity ? (
                          <>
                            {": "}
                            <FigureText quantity={g.quantity} locale={locale} words={false} />{" "}
                            <Wording quantity={g.quantity} />
                          </>
                        ) : null}
                        <Refs refs={[g.ref]} locale={locale} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
