import { citationLocator, LABELS, type StatementKind } from "@inzet/data";
import { getTranslations } from "next-intl/server";
import type { Locale } from "../../i18n/routing";
import { dataset } from "../../lib/data";
import { Quote } from "../common/quote";

const KINDS: StatementKind[] = [
  "context",
  "principle",
  "capability",
  "motive",
  "benefit",
  "intention",
];

/**
 * The letter's reasoning: its statements by kind and the six considerations in their two tiers,
 * each in the page's language with the locator, and with the Dutch quote and translation if asked.
 */
export async function StatementList({
  locale,
  quotes,
  headingLevel,
}: {
  locale: Locale;
  quotes: boolean;
  headingLevel: 2 | 3;
}) {
  const t = await getTranslations({ locale, namespace: "Statements" });
  const ds = dataset();
  const H = headingLevel === 2 ? "h2" : "h3";
  const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
  const tiers = (["moreThanBefore", "evenMoreExplicit"] as const).map((emphasis) => ({
    emphasis,
    items: ds.considerations.filter((c) => c.emphasis === emphasis).sort(byOrder),
  }));
  return (
    <div className="statements">
      <H>{t("considerations", { count: ds.considerations.length })}</H>
      {tiers.map(({ emphasis, items }) => (
        <div key={emphasis} className="tier">
          <p className="tier-label">{t("tier", { emphasis: LABELS.emphasis[emphasis][locale] })}</p>
          <ol className="considerations" start={items[0]?.order}>
            {items.map((c) => (
              <li key={c.id} value={c.order}>
                <strong>{c.name[locale]}</strong> — {c.description[locale]}{" "}
                <span className="muted">({citationLocator(c.citation, locale)})</span>
                {quotes && c.citation.quote ? (
                  <Quote
                    quote={c.citation.quote}
                    translation={c.citation.translation}
                    locale={locale}
                  />
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      ))}
      {KINDS.map((kind) => {
        const items = ds.statements.filter((s) => s.kind === kind).sort(byOrder);
        if (items.length === 0) return null;
        return (
          <div key={kind} className="statement-kind">
            <H>{t(`kinds.${kind}`)}</H>
            <ul>
              {items.map((s) => (
                <li key={s.id}>
                  {s.text[locale]}{" "}
                  <span className="muted">({citationLocator(s.citation, locale)})</span>
                  {quotes && s.citation.quote ? (
                    <Quote
                      quote={s.citation.quote}
                      translation={s.citation.translation}
                      locale={locale}
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
