import { formatCitation, getSource } from "@inzet/data";
import type { Footnote } from "@inzet/data/queries";
import { formatPartialDate } from "@inzet/data/queries";
import { getTranslations } from "next-intl/server";
import { href, type Locale } from "../../i18n/routing";
import { dataset } from "../../lib/data";
import { Quote } from "./quote";

/** The page's numbered sources: each citation, a link to the source, its quote and translation. */
export async function FootnoteList({ notes, locale }: { notes: Footnote[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Common" });
  const ds = dataset();
  return (
    <ol className="footnotes">
      {notes.map(({ n, citation: c }) => {
        const source = getSource(ds, c.source);
        return (
          <li key={n} id={`note-${n}`} value={n}>
            <p>
              <a href={href(locale, `/sources#source-${c.source}`)}>
                {formatCitation(ds, c, locale)}
              </a>
              {c.asOf ? ` · ${t("asOf", { date: formatPartialDate(c.asOf, locale) })}` : ""}
              {c.accessed
                ? ` · ${t("accessed", { date: formatPartialDate(c.accessed, locale) })}`
                : ""}
            </p>
            {source?.url ? (
              <p className="source-url">
                <a href={source.url} rel="noreferrer" className="external">
                  {source.url}
                </a>
              </p>
            ) : null}
            {c.quote ? <Quote quote={c.quote} translation={c.translation} locale={locale} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
