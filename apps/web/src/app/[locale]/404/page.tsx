import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { type LocaleParams, pageLocale } from "../../../i18n/page";
import { NotFoundContent } from "../../../ui/layout/not-found-content";

// The proxy answers every unknown path with this page and status 404 (see src/lib/route-policy.ts).
export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return { title: t("title"), robots: { index: false } };
}

export default async function NotFoundPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  return <NotFoundContent locale={locale} />;
}
