import type { FormEvent, Ref } from "react";
import { MAX_SEARCH, type MissionQuery } from "../../lib/mission-query";
import { FILL_FROM_URL } from "./fill-from-url";
import { FILTER_FORM_ID } from "./filter-form";
import type { MissionsLabels, MissionsOptions, Option } from "./missions-labels";

type Props = {
  labels: MissionsLabels;
  options: MissionsOptions;
  /** The table's sort, carried by a submit so that it survives one made before the script ran. */
  sort: Pick<MissionQuery, "sort" | "dir">;
  formRef?: Ref<HTMLFormElement> | undefined;
  onChange?: (() => void) | undefined;
  onReset?: (() => void) | undefined;
};

type Field = "cluster" | "org" | "type" | "country";

/**
 * The filters: a GET form that works without script (the filters go into the URL, which the
 * table's script reads). React never sets the fields' values, so it cannot undo a choice made
 * before it took over; it only listens.
 */
export function MissionsControls({ labels, options, sort, formRef, onChange, onReset }: Props) {
  const selects: { field: Field; label: string; options: Option[] }[] = [
    { field: "cluster", label: labels.cluster, options: options.clusters },
    { field: "org", label: labels.org, options: options.orgs },
    { field: "type", label: labels.type, options: options.types },
    { field: "country", label: labels.country, options: options.countries },
  ];
  // With script the view follows every change; submitting would only reload the same view.
  const submit = (e: FormEvent) => e.preventDefault();
  return (
    <search aria-label={labels.filters}>
      <form
        id={FILTER_FORM_ID}
        ref={formRef}
        className="filters"
        method="get"
        onChange={onChange}
        onSubmit={onChange ? submit : undefined}
        onReset={onReset}
      >
        <div className="filter filter-search">
          <label htmlFor="f-search">{labels.search}</label>
          <input
            id="f-search"
            name="search"
            type="search"
            autoComplete="off"
            maxLength={MAX_SEARCH}
            aria-describedby="f-search-hint"
          />
          <p id="f-search-hint" className="hint">
            {labels.searchHint}
          </p>
        </div>
        {selects.map((s) => (
          <div className="filter" key={s.field}>
            <label htmlFor={`f-${s.field}`}>{s.label}</label>
            <select id={`f-${s.field}`} name={s.field}>
              <option value="">{labels.any}</option>
              {s.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        <input type="hidden" name="sort" value={sort.sort ?? ""} disabled={!sort.sort} />
        <input
          type="hidden"
          name="dir"
          value={sort.dir}
          disabled={!sort.sort || sort.dir === "asc"}
        />
        <div className="filter-actions">
          <button type="submit">{labels.apply}</button>
          <button type="reset">{labels.reset}</button>
        </div>
      </form>
      {/* A constant of ours (fill-from-url.ts); the CSP allows it by its hash. */}
      <script dangerouslySetInnerHTML={{ __html: FILL_FROM_URL }} />
    </search>
  );
}
