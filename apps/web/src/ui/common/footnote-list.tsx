import { formatCitation, getSource } from "@inzet/data";
import type { Footnote } from "@inzet/data/queries";
import { formatPartialDate } from "@inzet/data/queries";
import { getTranslations } from "next-intl/server";
import { href, type Locale } from "../../i18n/routing";
import { dataset } from "../../lib/data";
import { sourceFacts } from "../../lib/source-view";
import { Quote } from "./quote";
import { SourceCopies } from "./source-copies";

/**
 * The page's numbered sources: each citation, who published the source, a link to its canonical
 * address, the copies it was read in (named as copies), its quote and translation. On paper the
 * quotes, addresses and copies give way (print.css): source and place stay.
 */
export async function FootnoteList({ notes, locale }: { notes: Footnote[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Common" });
  const ds = dataset();
  return (
    <ol className="footnotes">
      {notes.map(({ n, citation: c }) => {
        const source = getSource(ds, c.source);
        const facts = source && sourceFacts(source, locale);
        return (
          <li key={n} id={`note-${n}`} value={n}>
            <p>
              <a href={href(locale, `/sources#source-${c.source}`)}>
                {formatCitation(ds, c, locale)}
              </a>
              {facts ? (
                <span className={`source-kind kind-${facts.publisherKind}`}>
                  {" · "}
                  {facts.kindLabel}
                </span>
              ) : null}
              {c.asOf ? ` · ${t("asOf", { date: formatPartialDate(c.asOf, locale) })}` : ""}
              {c.accessed
                ? ` · ${t("accessed", { date: formatPartialDate(c.accessed, locale) })}`
                : ""}
            </p>
            {facts?.url ? (
              <p className="source-url">
                <a href={facts.url} rel="noreferrer" className="external">
                  {facts.url}
                </a>
              </p>
            ) : null}
            {facts ? <SourceCopies copies={facts.copies} locale={locale} /> : null}
            {c.quote ? <Quote quote={c.quote} translation={c.translation} locale={locale} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
