import type { Locale } from "../../i18n/routing";
import type { FigureView } from "../../lib/figure-view";
import { StatusBadges } from "./fact-value";
import { Refs } from "./refs";

/**
 * Every dated figure in a few lines, for paper (print.css shows it instead of the table): by
 * date, each figure as worded with whose people it counts, a maximum or plan named as such, and
 * its note number — once after the date's figures when they all have the same (the UN's monthly
 * figures of one report). The table's notes and basis columns stay on screen.
 */
export function FiguresBrief({ figures, locale }: { figures: FigureView[]; locale: Locale }) {
  const byDate = new Map<string, FigureView[]>();
  for (const f of figures) byDate.set(f.asOf, [...(byDate.get(f.asOf) ?? []), f]);
  return (
    <div className="figures-brief print-only">
      <ul>
        {[...byDate].map(([asOf, fs]) => {
          const first = fs[0];
          const shared = first && fs.length > 1 && fs.every((f) => f.ref === first.ref);
          return (
            <li key={asOf}>
              <span className="figures-brief-date">{asOf}:</span>{" "}
              {fs.map((f, i) => (
                <span key={f.id} className={`figure-${f.quantity.qualifier}`}>
                  {i > 0 ? "; " : ""}
                  <span className="figure-symbol">{f.text}</span>
                  {f.wording ? (
                    <>
                      {" "}
                      <q lang={f.wording.lang}>{f.wording.text}</q>
                    </>
                  ) : null}{" "}
                  {f.role ?? f.scope}
                  {f.isStrength || !f.basis ? "" : ` (${f.basis})`}
                  {shared ? null : <Refs refs={[f.ref]} locale={locale} />}
                  <StatusBadges planned={f.planned} unverified={f.unverified} locale={locale} />
                </span>
              ))}
              {shared ? <Refs refs={[first.ref]} locale={locale} /> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
