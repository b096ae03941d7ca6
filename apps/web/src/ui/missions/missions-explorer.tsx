"use client";

import { type Dataset, listMissions } from "@inzet/data";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import {
  type MissionQuery,
  parseMissionQuery,
  type QueryVocabulary,
  type SortKey,
  serialiseMissionQuery,
  toMissionFilter,
} from "../../lib/mission-query";
import type { MissionRow } from "../../lib/mission-rows";
import { saveFile } from "../../lib/save-file";
import { letterOrder, sortRows } from "../../lib/sort-rows";
import {
  type CsvParts,
  isTableFile,
  TABLE_DATA_URL,
  VIEW_FILE_NAMES,
  viewCsv,
  viewJson,
} from "../../lib/view-export";
import { MissionsView, type MissionsViewProps } from "./missions-view";

type Props = Omit<MissionsViewProps, "rows" | "query" | "onChange" | "onSort" | "onDownload"> & {
  rows: MissionRow[];
  data: Dataset;
  csv: CsvParts;
  vocab: QueryVocabulary;
};

/** The interactive table: filters and sort live in the URL, so a view can be shared. */
export function MissionsExplorer({ rows, data, csv, vocab, ...view }: Props) {
  const params = useSearchParams();
  const pathname = usePathname();
  const [query, setQuery] = useState<MissionQuery>(() => parseMissionQuery(params, vocab));

  // Back and forward (or a link to another view) change the URL: follow it.
  const search = params.toString();
  useEffect(() => {
    setQuery((q) =>
      serialiseMissionQuery(q) === (search ? `?${search}` : "")
        ? q
        : parseMissionQuery(search, vocab),
    );
  }, [search, vocab]);

  const update = (next: MissionQuery) => {
    setQuery(next);
    window.history.replaceState(null, "", `${pathname}${serialiseMissionQuery(next)}`);
  };

  const visible = useMemo(() => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const found = listMissions(data, toMissionFilter(query)).flatMap((m) => byId.get(m.id) ?? []);
    if (query.sort) return sortRows(found, query.sort, query.dir, view.locale);
    return query.search.trim() ? found : letterOrder(found);
  }, [rows, data, query, view.locale]);

  const onSort = (key: SortKey) =>
    update({
      ...query,
      sort: key,
      dir: query.sort === key && query.dir === "asc" ? "desc" : "asc",
    });

  const onDownload = async (kind: "csv" | "json") => {
    const ids = visible.map((r) => r.id);
    if (kind === "csv") {
      saveFile(VIEW_FILE_NAMES.csv, viewCsv(csv, ids), "text/csv;charset=utf-8");
      return;
    }
    // The missions in full are fetched only when asked for: they are most of the data.
    const table: unknown = await (await fetch(TABLE_DATA_URL)).json();
    if (isTableFile(table))
      saveFile(VIEW_FILE_NAMES.json, viewJson(table, ids, query), "application/json");
  };

  return (
    <MissionsView
      {...view}
      rows={visible}
      query={query}
      onChange={update}
      onSort={onSort}
      onDownload={onDownload}
    />
  );
}
