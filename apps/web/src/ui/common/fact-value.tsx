import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "../../i18n/routing";
import type { FactItem } from "../../lib/mission-view";
import { Refs } from "./refs";

/** A cited value: its text, note numbers, an "unverified" label where no source backs it, its note. */
export async function FactValue({
  item,
  locale,
  children,
}: {
  item: FactItem;
  locale: Locale;
  children?: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "Common" });
  return (
    <>
      {children ?? item.text}
      <Refs refs={item.refs} locale={locale} />
      {item.unverified ? (
        <>
          {" "}
          <span className="badge badge-unverified">{t("unverified")}</span>
        </>
      ) : null}
      {item.note ? <span className="fact-note">{item.note}</span> : null}
    </>
  );
}
