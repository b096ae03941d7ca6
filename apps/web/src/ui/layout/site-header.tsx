import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { href, type Locale } from "../../i18n/routing";
import { LanguageSwitch } from "./language-switch";
import { NavLinks } from "./nav-links";

const SECTIONS = [
  "missions",
  "clusters",
  "timeline",
  "trend",
  "assessment",
  "scenarios",
  "sources",
  "quality",
  "data",
] as const;

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const items = [
    { href: href(locale), label: t("nav.overview") },
    ...SECTIONS.map((s) => ({ href: href(locale, `/${s}`), label: t(`nav.${s}`) })),
  ];
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("skip")}
      </a>
      <div className="site-header-inner">
        <p className="brand">
          <Link prefetch={false} href={href(locale)}>
            <span className="brand-name">Inzet</span>
            <span className="brand-tagline">{t("tagline")}</span>
          </Link>
        </p>
        <LanguageSwitch
          current={locale}
          label={t("language")}
          names={{ en: "English", nl: "Nederlands" }}
        />
        <NavLinks items={items} label={t("nav.label")} />
      </div>
    </header>
  );
}
