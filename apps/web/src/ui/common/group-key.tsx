import type { Locale } from "../../i18n/routing";
import { dataset } from "../../lib/data";

/**
 * The colour of each of the letter's groups, as the map and the timeline use them, and, where
 * `other` names it, the colour of missions in none of them.
 */
export function GroupKey({ locale, other }: { locale: Locale; other?: string | undefined }) {
  const clusters = [...dataset().clusters].sort((a, b) => a.order - b.order);
  return (
    <ul className="map-key">
      {clusters.map((c) => (
        <li key={c.id}>
          <span className={`key-swatch tone-${c.order}`} aria-hidden="true" /> {c.name[locale]}
        </li>
      ))}
      {other ? (
        <li>
          <span className="key-swatch tone-0" aria-hidden="true" /> {other}
        </li>
      ) : null}
    </ul>
  );
}
