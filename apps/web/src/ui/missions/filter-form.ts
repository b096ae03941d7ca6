import {
  type MissionQuery,
  parseMissionQuery,
  type QueryVocabulary,
} from "../../lib/mission-query";

// The filter form is the one place its fields' values live (React never sets them): what a
// reader typed or chose before the page's script ran is still there when it runs.

export const FILTER_FORM_ID = "missions-filters";
const FIELDS = ["search", "cluster", "org", "type", "country"] as const;

type Field = HTMLInputElement | HTMLSelectElement;

function fieldsOf(form: HTMLFormElement): { name: (typeof FIELDS)[number]; el: Field }[] {
  return FIELDS.flatMap((name) => {
    const el = form.elements.namedItem(name);
    return el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? [{ name, el }] : [];
  });
}

/** Whether a field still holds what the page was served with. */
function untouched(el: Field): boolean {
  if (el instanceof HTMLInputElement) return el.value === el.defaultValue;
  const served = [...el.options].findIndex((o) => o.defaultSelected);
  return el.selectedIndex === Math.max(served, 0);
}

/** The filters as the form holds them, with the sort of `view` (the table's, not the form's). */
export function readForm(
  form: HTMLFormElement,
  vocab: QueryVocabulary,
  view: Pick<MissionQuery, "sort" | "dir">,
): MissionQuery {
  const params = new URLSearchParams();
  for (const { name, el } of fieldsOf(form)) params.set(name, el.value);
  return { ...parseMissionQuery(params, vocab), sort: view.sort, dir: view.dir };
}

/** Shows a query in the form; with `onlyUntouched`, fields the reader changed keep their value. */
export function writeForm(form: HTMLFormElement, q: MissionQuery, onlyUntouched = false): void {
  for (const { name, el } of fieldsOf(form)) {
    if (onlyUntouched && !untouched(el)) continue;
    el.value = (name === "search" ? q.search : q[name]) ?? "";
  }
}
