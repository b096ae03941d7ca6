import type { Ref } from "react";
import type { Locale } from "../../i18n/routing";
import type { MissionQuery, SortKey } from "../../lib/mission-query";
import type { MissionRow } from "../../lib/mission-rows";
import { MissionsControls } from "./missions-controls";
import type { MissionsLabels, MissionsOptions } from "./missions-labels";
import { MissionsTable } from "./missions-table";

export type MissionsViewProps = {
  rows: MissionRow[];
  total: number;
  query: MissionQuery;
  labels: MissionsLabels;
  options: MissionsOptions;
  locale: Locale;
  /** Shown in the count's place while a search cannot run. */
  problem?: string | undefined;
  formRef?: Ref<HTMLFormElement> | undefined;
  onChange?: (() => void) | undefined;
  onReset?: (() => void) | undefined;
  onSort?: ((key: SortKey) => void) | undefined;
  onDownload?: ((kind: "csv" | "json") => void) | undefined;
};

/** Filters, count, downloads and table: the same markup with and without script. */
export function MissionsView(props: MissionsViewProps) {
  const { rows, total, labels, onDownload } = props;
  return (
    <div className="missions">
      <MissionsControls
        labels={labels}
        options={props.options}
        sort={props.query}
        formRef={props.formRef}
        onChange={props.onChange}
        onReset={props.onReset}
      />
      <div className="missions-bar">
        <p role="status" className="missions-count">
          {props.problem ??
            labels.count.replace("{shown}", String(rows.length)).replace("{total}", String(total))}
        </p>
        <fieldset className="downloads">
          <legend>{labels.download}:</legend>
          <button type="button" onClick={onDownload ? () => onDownload("csv") : undefined}>
            {labels.csv}
          </button>
          <button type="button" onClick={onDownload ? () => onDownload("json") : undefined}>
            {labels.json}
          </button>
        </fieldset>
      </div>
      <MissionsTable
        rows={rows}
        query={props.query}
        labels={labels}
        locale={props.locale}
        onSort={props.onSort}
      />
    </div>
  );
}
