import type { Locale } from "../../i18n/routing";
import { dataset } from "../../lib/data";

/** The colour of each of the letter's groups, as the map and the timeline use them. */
export function GroupKey({ locale }: { locale: Locale }) {
  const clusters = [...dataset().clusters].sort((a, b) => a.order - b.order);
  return (
    <ul className="map-key">
      {clusters.map((c) => (
        <li key={c.id}>
          <span className={`key-swatch tone-${c.order}`} aria-hidden="true" /> {c.name[locale]}
        </li>
      ))}
    </ul>
  );
}
