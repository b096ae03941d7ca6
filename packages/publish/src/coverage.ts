import { compareDates, type Dataset, type PartialDate } from "@inzet/data";

export type Coverage = { start?: PartialDate; end?: PartialDate; countries: string[] };

/**
 * What the data covers, from the data itself: from the earliest mission start (or year an
 * edition evaluates, or a count counts) to the latest date any mission, figure, edition or count
 * speaks of, and every country a mission operates in. An edition's letter date is when it was
 * sent, not what it covers: its reporting year counts.
 */
export function coverage(ds: Dataset): Coverage {
  const starts: PartialDate[] = [];
  const ends: PartialDate[] = [];
  const countries = new Set<string>();
  for (const m of ds.missions) {
    if (m.start) starts.push(m.start.value);
    for (const f of [m.end, m.runningAsOf, m.netherlands.end, m.netherlands.runningAsOf])
      if (f) ends.push(f.value);
    for (const c of m.area.value.countries) countries.add(c);
  }
  for (const f of ds.figures) {
    if (typeof f.asOf === "string") ends.push(f.asOf);
    else ends.push(f.asOf.to ?? f.asOf.from);
  }
  // Years as partial dates ("2014"): an edition's evaluated year, a count's counted one.
  for (const e of ds.editions) starts.push(String(e.reportingYear));
  for (const c of ds.missionCounts) starts.push(String(c.year));
  const first = [...starts].sort(compareDates)[0];
  const last = [...ends, ...starts].sort(compareDates).at(-1);
  return {
    ...(first ? { start: first } : {}),
    ...(last ? { end: last } : {}),
    countries: [...countries].sort(),
  };
}
