import { getLocale } from "next-intl/server";
import { isLocale, routing } from "../../i18n/routing";
import { NotFoundContent } from "../../ui/layout/not-found-content";

export default async function NotFound() {
  const locale = await getLocale();
  return <NotFoundContent locale={isLocale(locale) ? locale : routing.defaultLocale} />;
}
