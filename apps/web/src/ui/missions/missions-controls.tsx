import { EMPTY_QUERY as CLEARED, type MissionQuery } from "../../lib/mission-query";
import type { MissionsLabels, MissionsOptions, Option } from "./missions-labels";

type Props = {
  query: MissionQuery;
  labels: MissionsLabels;
  options: MissionsOptions;
  onChange?: ((q: MissionQuery) => void) | undefined;
};

type Field = "cluster" | "org" | "type" | "country";

/**
 * The filters. Without script (or before it loads) this is a plain GET form: submitting reloads
 * the page with the filters in the URL, where the table's script picks them up.
 */
export function MissionsControls({ query, labels, options, onChange }: Props) {
  const selects: { field: Field; label: string; options: Option[] }[] = [
    { field: "cluster", label: labels.cluster, options: options.clusters },
    { field: "org", label: labels.org, options: options.orgs },
    { field: "type", label: labels.type, options: options.types },
    { field: "country", label: labels.country, options: options.countries },
  ];
  const set = (field: Field, value: string) =>
    onChange?.({ ...query, [field]: value === "" ? undefined : value });
  return (
    <search aria-label={labels.filters}>
      <form
        className="filters"
        method="get"
        onSubmit={onChange ? (e) => e.preventDefault() : undefined}
      >
        <div className="filter filter-search">
          <label htmlFor="f-search">{labels.search}</label>
          <input
            id="f-search"
            name="search"
            type="search"
            autoComplete="off"
            aria-describedby="f-search-hint"
            {...(onChange
              ? {
                  value: query.search,
                  onChange: (e) => onChange({ ...query, search: e.target.value }),
                }
              : { defaultValue: query.search })}
          />
          <p id="f-search-hint" className="hint">
            {labels.searchHint}
          </p>
        </div>
        {selects.map((s) => (
          <div className="filter" key={s.field}>
            <label htmlFor={`f-${s.field}`}>{s.label}</label>
            <select
              id={`f-${s.field}`}
              name={s.field}
              {...(onChange
                ? { value: query[s.field] ?? "", onChange: (e) => set(s.field, e.target.value) }
                : { defaultValue: query[s.field] ?? "" })}
            >
              <option value="">{labels.any}</option>
              {s.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="filter-actions">
          <button type="submit">{labels.apply}</button>
          <button
            type={onChange ? "button" : "reset"}
            onClick={
              onChange
                ? () => onChange({ ...CLEARED, sort: query.sort, dir: query.dir })
                : undefined
            }
          >
            {labels.reset}
          </button>
        </div>
      </form>
    </search>
  );
}
