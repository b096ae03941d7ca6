import { useTranslations } from "next-intl";
import type { Ref } from "react";
import type { MissionQuery, SortKey } from "../../lib/mission-query";
import type { MissionRow } from "../../lib/mission-rows";
import type { MissionsOptions } from "../../lib/missions-options";
import { MissionsControls } from "./missions-controls";
import { MissionsTable } from "./missions-table";

export type MissionsViewProps = {
  rows: MissionRow[];
  total: number;
  /** The year of the figures column. */
  year: number;
  query: MissionQuery;
  options: MissionsOptions;
  /** The search could not load what it searches: said in the count's place. */
  searchFailed?: boolean;
  formRef?: Ref<HTMLFormElement> | undefined;
  onChange?: (() => void) | undefined;
  onReset?: (() => void) | undefined;
  onSort?: ((key: SortKey) => void) | undefined;
  onDownload?: ((kind: "csv" | "json") => void) | undefined;
};

/** Filters, count, downloads and table: the same markup with and without script. */
export function MissionsView(props: MissionsViewProps) {
  const { rows, total, year, onDownload } = props;
  const t = useTranslations("MissionsTable");
  return (
    <div className="missions">
      <MissionsControls
        options={props.options}
        sort={props.query}
        formRef={props.formRef}
        onChange={props.onChange}
        onReset={props.onReset}
      />
      <div className="missions-bar">
        <p role="status" className="missions-count">
          {props.searchFailed ? t("searchFailed") : t("count", { shown: rows.length, total })}
        </p>
        <fieldset className="downloads">
          <legend>{t("download")}:</legend>
          <button type="button" onClick={onDownload && (() => onDownload("csv"))}>
            {t("csv")}
          </button>
          <button type="button" onClick={onDownload && (() => onDownload("json"))}>
            {t("json")}
          </button>
        </fieldset>
      </div>
      <MissionsTable
        rows={rows}
        caption={t("caption", { year })}
        year={year}
        sort={props.query}
        onSort={props.onSort}
      />
    </div>
  );
}
