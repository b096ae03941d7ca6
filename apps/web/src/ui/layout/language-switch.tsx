"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import type { Locale } from "../../i18n/routing";

type Props = { current: Locale; label: string; names: Record<Locale, string> };

/** Links to the same page in the other language, keeping the query (the table's filters). */
export function LanguageSwitch(props: Props) {
  return (
    <Suspense fallback={<Links {...props} search="" />}>
      <WithSearch {...props} />
    </Suspense>
  );
}

function WithSearch(props: Props) {
  const search = useSearchParams().toString();
  return <Links {...props} search={search ? `?${search}` : ""} />;
}

function Links({ current, label, names, search }: Props & { search: string }) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/(en|nl)(?=\/|$)/, "");
  return (
    <nav className="lang-switch" aria-label={label}>
      <ul>
        {(Object.keys(names) as Locale[]).map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale}>
                {names[locale]}
              </span>
            ) : (
              // A full page load: the document's lang changes with the language.
              <a href={`/${locale}${rest}${search}`} hrefLang={locale} lang={locale}>
                {names[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
