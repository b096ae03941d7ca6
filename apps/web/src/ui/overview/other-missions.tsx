import { figuresFor, formatPartialDate, getOrganisation } from "@inzet/data/queries";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { href, type Locale } from "../../i18n/routing";
import { dataset } from "../../lib/data";
import { otherMissions } from "../../lib/evaluation";
import { monthlyTotals } from "../../lib/un-monthly";

/**
 * The missions in the data that the letter's groups leave out, listed apart so that the
 * overview's figures stay the letter's: each with its organisation and when its figures run.
 */
export async function OtherMissions({ locale }: { locale: Locale }) {
  const ds = dataset();
  const missions = otherMissions(ds);
  if (missions.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "Overview.other" });
  const period = (id: (typeof missions)[number]["id"]) => {
    const dates = figuresFor(ds, { mission: id }).map((f) =>
      typeof f.asOf === "string" ? f.asOf : f.asOf.from,
    );
    const [first, last] = [dates[0], dates.at(-1)];
    return first && last
      ? t("figures", {
          from: formatPartialDate(first.slice(0, 7), locale),
          to: formatPartialDate(last.slice(0, 7), locale),
        })
      : t("noFigures");
  };
  return (
    <section aria-labelledby="other-heading">
      <h2 id="other-heading">{t("heading")}</h2>
      <p>{t("lead", { count: missions.length })}</p>
      <ul className="other-missions">
        {missions.map((m) => (
          <li key={m.id}>
            <Link prefetch={false} href={href(locale, `/missions/${m.id}`)}>
              {m.acronym}
            </Link>{" "}
            — {m.name[locale]}{" "}
            <span className="muted">
              ({getOrganisation(ds, m.organisation)?.acronym[locale] ?? m.organisation};{" "}
              {period(m.id)})
            </span>
          </li>
        ))}
      </ul>
      {monthlyTotals(ds).some((s) => missions.includes(s.mission)) ? (
        <p>
          <a href={href(locale, "/trend#un-monthly")}>{t("trend")}</a>
        </p>
      ) : null}
    </section>
  );
}
