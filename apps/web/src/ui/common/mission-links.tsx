import Link from "next/link";
import { Fragment } from "react";
import { href, type Locale } from "../../i18n/routing";

type Props = {
  missions: readonly { id: string; acronym: string }[];
  locale: Locale;
  /** Within a sentence: comma-separated rather than a list. */
  inline?: boolean;
};

/** Links to missions' pages, by acronym. */
export function MissionLinks({ missions, locale, inline = false }: Props) {
  const link = (m: Props["missions"][number]) => (
    <Link prefetch={false} href={href(locale, `/missions/${m.id}`)}>
      {m.acronym}
    </Link>
  );
  if (inline) {
    return missions.map((m, i) => (
      <Fragment key={m.id}>
        {i > 0 ? ", " : ""}
        {link(m)}
      </Fragment>
    ));
  }
  return (
    <ul className="inline-list">
      {missions.map((m) => (
        <li key={m.id}>{link(m)}</li>
      ))}
    </ul>
  );
}
