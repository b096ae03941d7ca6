"use client";

import { usePathname } from "next/navigation";
import type { SyntheticEvent } from "react";
import { href, type Locale } from "../../i18n/routing";

type Props = { current: Locale; label: string; names: Record<Locale, string> };

/**
 * Links to the same page in the other language. The query (the table's filters) joins the link
 * as the reader points at it, focuses it or follows it: the page is static, so the link it is
 * served with cannot carry the query, and reading it at render time would hold this part of
 * every page back until the browser has rendered it again.
 */
export function LanguageSwitch({ current, label, names }: Props) {
  const pathname = usePathname() ?? href(current);
  const rest = pathname.replace(/^\/(en|nl)(?=\/|$)/, "");
  const withQuery = (e: SyntheticEvent<HTMLAnchorElement>) => {
    e.currentTarget.search = window.location.search;
  };
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
              <a
                href={href(locale, rest)}
                hrefLang={locale}
                lang={locale}
                onPointerEnter={withQuery}
                onFocus={withQuery}
                onClick={withQuery}
              >
                {names[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
