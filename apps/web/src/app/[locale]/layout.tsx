import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { type LocaleParams, pageLocale } from "../../i18n/page";
import { routing } from "../../i18n/routing";
import { SiteFooter } from "../../ui/layout/site-footer";
import { SiteHeader } from "../../ui/layout/site-header";
import "../../styles/base.css";
import "../../styles/layout.css";
import "../../styles/cards.css";
import "../../styles/tables.css";
import "../../styles/notes.css";
import "../../styles/charts.css";
import "../../styles/maps.css";
import "../../styles/workbench.css";
import "../../styles/print.css";

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Meta" });
  return {
    title: { template: "%s · Inzet", default: t("siteTitle") },
    description: t("siteDescription"),
    applicationName: "Inzet",
    robots: { index: true, follow: true },
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#15181c" },
  ],
};

export default async function LocaleLayout({
  children,
  params,
}: LocaleParams & { children: ReactNode }) {
  const locale = await pageLocale(params);
  return (
    <html lang={locale}>
      <body>
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
