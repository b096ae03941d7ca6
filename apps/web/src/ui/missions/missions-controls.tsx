import { useTranslations } from "next-intl";
import type { FormEvent, Ref } from "react";
import { MAX_SEARCH, type MissionQuery } from "../../lib/mission-query";
import type { MissionsOptions, Option } from "../../lib/missions-options";
import { FILL_FROM_URL } from "./fill-from-url";
import { FILTER_FORM_ID } from "./filter-form";

type Props = {
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
export function MissionsControls({ options, sort, formRef, onChange, onReset }: Props) {
  const t = useTranslations("MissionsTable");
  const selects: { field: Field; options: Option[] }[] = [
    { field: "cluster", options: options.clusters },
    { field: "org", options: options.orgs },
    { field: "type", options: options.types },
    { field: "country", options: options.countries },
  ];
  // With script the view follows every change; submitting would only reload the same view.
  const submit = (e: FormEvent) => e.preventDefault();
  return (
    <search aria-label={t("filters")}>
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
          <label htmlFor="f-search">{t("search")}</label>
          <input
            id="f-search"
            name="search"
            type="search"
            autoComplete="off"
            maxLength={MAX_SEARCH}
            aria-describedby="f-search-hint"
          />
          <p id="f-search-hint" className="hint">
            {t("searchHint")}
          </p>
        </div>
        {selects.map((s) => (
          <div className="filter" key={s.field}>
            <label htmlFor={`f-${s.field}`}>{t(s.field)}</label>
            <select id={`f-${s.field}`} name={s.field}>
              <option value="">{t("any")}</option>
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
          <button type="submit">{t("apply")}</button>
          <button type="reset">{t("reset")}</button>
        </div>
      </form>
      {/* A constant of ours (fill-from-url.ts); the CSP allows it by its hash. */}
      <script dangerouslySetInnerHTML={{ __html: FILL_FROM_URL }} />
    </search>
  );
}
