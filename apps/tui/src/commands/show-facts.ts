import type { Dataset, Fact, Mission } from "@inzet/data";
import { countryName, getOrganisation, LABELS } from "@inzet/data/queries";
import type { Footnotes } from "../output/footnotes.js";
import { formatDate, joinList, local } from "../output/format.js";
import type { View } from "../output/view.js";

export type Row = [label: string, value: string];

/** A fact's value with its "unverified" label or note and its footnote markers. */
export function factText(value: string, fact: Fact<unknown>, notes: Footnotes, view: View): string {
  const { t } = view;
  const note = fact.note ? local(fact.note, view) : undefined;
  const flags = [
    fact.status === "planned" ? t("common.planned") : undefined,
    fact.unverified ? t("common.unverified") : undefined,
    note,
  ].filter(Boolean);
  const flag = flags.length > 0 ? ` (${flags.join(": ")})` : "";
  return `${value}${flag}${notes.cite(fact.citations)}`;
}

/** One row per fact of the mission itself (the Dutch contribution is rendered separately). */
export function missionRows(ds: Dataset, m: Mission, notes: Footnotes, view: View): Row[] {
  const { t, lang } = view;
  const rows: Row[] = [];
  const add = (label: string, value: string, fact: Fact<unknown>) =>
    rows.push([label, factText(value, fact, notes, view)]);
  const org = getOrganisation(ds, m.organisation);
  rows.push([
    t("show.organisation"),
    org ? `${org.acronym[lang]} — ${org.name[lang]}` : m.organisation,
  ]);
  if (m.aliases.length > 0) rows.push([t("show.aliases"), joinList(m.aliases, view)]);
  add(t("show.kind"), LABELS.missionKind[m.kind.value][lang], m.kind);
  add(
    t("show.types"),
    joinList(
      m.types.value.map((x) => LABELS.missionType[x][lang]),
      view,
    ),
    m.types,
  );
  for (const basis of m.legalBasis) add(t("show.legalBasis"), local(basis.value, view), basis);
  if (m.start) add(t("show.start"), formatDate(m.start.value, view), m.start);
  else rows.push([t("show.start"), t("common.unknown")]);
  endRows(m, notes, view, rows);
  for (const [label, related] of [
    [t("show.predecessor"), m.predecessor],
    [t("show.successor"), m.successor],
  ] as const) {
    if (related)
      add(
        label,
        [related.value.name, related.value.date && formatDate(related.value.date, view)]
          .filter(Boolean)
          .join(", "),
        related,
      );
  }
  const countries = joinList(
    m.area.value.countries.map((c) => `${countryName(c, lang)} (${c})`),
    view,
  );
  const area = m.area.value.description
    ? `${countries} — ${local(m.area.value.description, view)}`
    : countries;
  add(t("show.area"), area, m.area);
  for (const hq of m.headquarters) {
    add(t("show.headquarters"), local(hq.value.name, view), hq);
    const c = hq.value.coordinates;
    if (c)
      add(
        t("show.coordinates"),
        t("show.coordinatesValue", { lat: String(c.value.lat), lon: String(c.value.lon) }),
        c,
      );
  }
  add(t("show.description"), local(m.description.value, view), m.description);
  return rows;
}

/** The Netherlands' part: start, end, roles and notes, each cited; unknown stays unknown. */
export function contributionRows(m: Mission, notes: Footnotes, view: View): Row[] {
  const { t } = view;
  const nl = m.netherlands;
  const rows: Row[] = [];
  const add = (label: string, value: string, fact: Fact<unknown>) =>
    rows.push([label, factText(value, fact, notes, view)]);
  if (nl.start) add(t("show.start"), formatDate(nl.start.value, view), nl.start);
  else rows.push([t("show.start"), t("common.unknown")]);
  endRows(nl, notes, view, rows);
  if (nl.roles.length === 0) rows.push([t("show.roles"), t("show.none")]);
  for (const role of nl.roles) add(t("show.roles"), local(role.value, view), role);
  for (const note of nl.notes) add(t("show.notes"), local(note.value, view), note);
  return rows;
}

/** The end, or that a source saw it still running on a date; "none recorded" says no more. */
function endRows(
  { end, runningAsOf }: Pick<Mission, "end" | "runningAsOf">,
  notes: Footnotes,
  view: View,
  rows: Row[],
): void {
  const { t } = view;
  if (end) rows.push([t("show.end"), factText(formatDate(end.value, view), end, notes, view)]);
  if (runningAsOf)
    rows.push([
      t("show.running"),
      factText(
        t("show.runningAsOf", { date: formatDate(runningAsOf.value, view) }),
        runningAsOf,
        notes,
        view,
      ),
    ]);
  if (!end && !runningAsOf) rows.push([t("show.end"), t("show.none")]);
}
