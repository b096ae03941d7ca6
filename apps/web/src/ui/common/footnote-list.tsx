import { type Citation, formatCitation, getSource } from "@inzet/data";
import type { Footnote } from "@inzet/data/queries";
import { citationKey, formatPartialDate } from "@inzet/data/queries";
import { getTranslations } from "next-intl/server";
import { href, type Locale } from "../../i18n/routing";
import { dataset } from "../../lib/data";
import { sourceFacts } from "../../lib/source-view";
import { Quote } from "./quote";
import { SourceCopies } from "./source-copies";

/** A note: a citation, and where a page numbers by place, every citation of that place. */
type Note = Footnote & { citations?: readonly Citation[] };

/**
 * The page's numbered sources: each source and place, who published the source, a link to its
 * canonical address, the copies it was read in (named as copies), and the words quoted from it
 * with their translations. On paper only the first line is printed (print.css): the source and
 * the place, numbered; quotes, addresses and copies stay on screen.
 */
export async function FootnoteList({ notes, locale }: { notes: Note[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Common" });
  const ds = dataset();
  const dated = (c: Citation) =>
    [
      c.asOf ? t("asOf", { date: formatPartialDate(c.asOf, locale) }) : undefined,
      c.accessed ? t("accessed", { date: formatPartialDate(c.accessed, locale) }) : undefined,
    ].filter(Boolean);
  return (
    <ol className="footnotes">
      {notes.map(({ n, citation, citations = [citation] }) => {
        const source = getSource(ds, citation.source);
        const facts = source && sourceFacts(source, locale);
        // One citation: its dates on the note's line, as before; several: with each quote.
        const single = citations.length === 1;
        return (
          <li key={n} id={`note-${n}`} value={n}>
            <p className="note-line">
              <a href={href(locale, `/sources#source-${citation.source}`)}>
                {formatCitation(ds, citation, locale)}
              </a>
              {facts ? (
                <span className={`source-kind kind-${facts.publisherKind}`}>
                  {" · "}
                  {facts.kindLabel}
                </span>
              ) : null}
              {single ? dated(citation).map((d) => ` · ${d}`) : null}
            </p>
            {facts?.url ? (
              <p className="source-url">
                <a href={facts.url} rel="noreferrer" className="external">
                  {facts.url}
                </a>
              </p>
            ) : null}
            {facts ? <SourceCopies copies={facts.copies} locale={locale} /> : null}
            {citations.map((c) => {
              const dates = single ? [] : dated(c);
              return c.quote || dates.length > 0 ? (
                <div key={citationKey(c)} className="note-quote">
                  {dates.length > 0 ? <p className="note-dates">{dates.join(" · ")}</p> : null}
                  {c.quote ? (
                    <Quote quote={c.quote} translation={c.translation} locale={locale} />
                  ) : null}
                </div>
              ) : null;
            })}
          </li>
        );
      })}
    </ol>
  );
}
