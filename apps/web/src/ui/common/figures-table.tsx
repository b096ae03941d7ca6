import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import type { FigureView } from "../../lib/figure-view";
import { StatusBadges } from "./fact-value";
import { FiguresBrief } from "./figures-brief";
import { Refs } from "./refs";
import { ScrollRegion } from "./scroll-region";

/**
 * Every dated figure of the Dutch contribution: as worded, its basis, scope, note and source. On
 * paper the same figures are printed in brief (FiguresBrief) to keep a briefing to one page.
 */
export async function FiguresTable({
  figures,
  caption,
  highlight,
  locale,
}: {
  figures: FigureView[];
  caption: string;
  /** The badge of the highlighted figure: "figure for 2014", "the letter's figure". */
  highlight: string;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "Mission.figures" });
  return (
    <>
      <div className="figures-full">
        <ScrollRegion label={caption}>
          <table className="data-table figures-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t("asOf")}</th>
                <th scope="col">{t("figure")}</th>
                <th scope="col">{t("wording")}</th>
                <th scope="col">{t("basis")}</th>
                <th scope="col">{t("scope")}</th>
                <th scope="col">{t("note")}</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((f) => (
                <tr key={f.id} className={f.isYearFigure ? "is-year-figure" : undefined}>
                  <th scope="row">
                    {f.asOf}
                    {f.isYearFigure ? <span className="badge">{highlight}</span> : null}
                  </th>
                  <td className={`figure figure-${f.quantity.qualifier}`}>
                    <span className="figure-symbol">{f.text}</span>
                    {f.words !== f.text ? <span className="figure-words"> ({f.words})</span> : null}
                    <Refs refs={[f.ref]} locale={locale} />
                    <StatusBadges planned={f.planned} unverified={f.unverified} locale={locale} />
                  </td>
                  <td>{f.wording ? <q lang={f.wording.lang}>{f.wording.text}</q> : "—"}</td>
                  <td>
                    {f.basis ?? t("basisUnstated")}
                    {f.isStrength ? null : (
                      <span className="badge badge-context">{t("context")}</span>
                    )}
                  </td>
                  <td>
                    {f.scope}
                    {f.role ? ` · ${f.role}` : ""}
                  </td>
                  <td className="note-cell">{f.note ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
      <FiguresBrief figures={figures} locale={locale} />
    </>
  );
}
