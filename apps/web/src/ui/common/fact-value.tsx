import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "../../i18n/routing";
import type { FactItem } from "../../lib/mission-view";
import { Refs } from "./refs";

/**
 * A cited value: its text, note numbers, a "planned, not confirmed" label where its sources only
 * announce it, an "unverified" label where no source backs it, its note.
 */
export async function FactValue({
  item,
  locale,
  children,
}: {
  item: FactItem;
  locale: Locale;
  children?: ReactNode;
}) {
  return (
    <>
      {children ?? item.text}
      <Refs refs={item.refs} locale={locale} />
      <StatusBadges planned={item.planned} unverified={item.unverified} locale={locale} />
      {item.note ? <span className="fact-note">{item.note}</span> : null}
    </>
  );
}

/** The labels that say how firm a fact or figure is: planned (announced only), unverified. */
export async function StatusBadges({
  planned,
  unverified,
  locale,
}: {
  planned: boolean;
  unverified: boolean;
  locale: Locale;
}) {
  if (!planned && !unverified) return null;
  const t = await getTranslations({ locale, namespace: "Common" });
  return (
    <>
      {planned ? (
        <>
          {" "}
          <span className="badge badge-planned">{t("planned")}</span>
        </>
      ) : null}
      {unverified ? (
        <>
          {" "}
          <span className="badge badge-unverified">{t("unverified")}</span>
        </>
      ) : null}
    </>
  );
}
