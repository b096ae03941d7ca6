"use client";

import { useLocale } from "next-intl";
import { useCallback, useMemo, useRef, useState } from "react";
import { pickRows, rowMatches } from "../../lib/filter-rows";
import {
  EMPTY_QUERY,
  type MissionQuery,
  parseMissionQuery,
  type SortKey,
  sameQuery,
  serialiseMissionQuery,
  vocabularyOf,
} from "../../lib/mission-query";
import type { MissionRow } from "../../lib/mission-rows";
import type { MissionsOptions } from "../../lib/missions-options";
import { saveFile } from "../../lib/save-file";
import { sortRows } from "../../lib/sort-rows";
import { loadTable } from "../../lib/table-data";
import { readForm, writeForm } from "./filter-form";
import { MissionsView, type MissionsViewProps } from "./missions-view";
import { UrlQuery } from "./url-query";
import { useSearch } from "./use-search";

type Props = Pick<MissionsViewProps, "year"> & {
  /** Every mission, in the letter's order. */
  rows: MissionRow[];
  options: MissionsOptions;
};

function showInUrl(q: MissionQuery): void {
  const url = `${window.location.pathname}${serialiseMissionQuery(q)}`;
  if (url !== `${window.location.pathname}${window.location.search}`) {
    window.history.replaceState(null, "", url);
  }
}

/**
 * The interactive table. It is served with every mission and no filter (the page is static);
 * once it runs it shows the view in the URL, keeping any filter changed before that, and keeps
 * the URL up to date so a view can be shared.
 */
export function MissionsExplorer({ rows, options, year }: Props) {
  const locale = useLocale();
  const vocab = useMemo(() => vocabularyOf(options), [options]);
  const form = useRef<HTMLFormElement>(null);
  const [query, setQuery] = useState<MissionQuery>(EMPTY_QUERY);
  const current = useRef(query);
  const started = useRef(false);
  const search = useSearch(query.search);

  const show = useCallback((next: MissionQuery) => {
    showInUrl(next);
    // Nothing to redraw (the usual case as the page starts: no filter in the URL or the form).
    if (sameQuery(next, current.current)) return;
    current.current = next;
    setQuery(next);
  }, []);

  const onUrl = useCallback(
    (params: string) => {
      const fromUrl = parseMissionQuery(params, vocab);
      const first = !started.current;
      started.current = true;
      if (!form.current) return;
      if (!first && serialiseMissionQuery(fromUrl) === serialiseMissionQuery(current.current)) {
        return; // our own replaceState
      }
      // The first time, a field changed before the script ran wins over the URL.
      writeForm(form.current, fromUrl, first);
      show(readForm(form.current, vocab, fromUrl));
    },
    [vocab, show],
  );

  const visible = useMemo(() => {
    const found = search.ids
      ? pickRows(rows, search.ids, query)
      : rows.filter((r) => rowMatches(r, query));
    return query.sort ? sortRows(found, query.sort, query.dir, locale) : found;
  }, [rows, search.ids, query, locale]);

  const onChange = () => form.current && show(readForm(form.current, vocab, current.current));
  // The reset event comes before the fields are cleared; the sort stays.
  const onReset = () => show({ ...EMPTY_QUERY, sort: query.sort, dir: query.dir });
  const onSort = (key: SortKey) =>
    show({ ...query, sort: key, dir: query.sort === key && query.dir === "asc" ? "desc" : "asc" });

  const onDownload = async (kind: "csv" | "json") => {
    const ids = visible.map((r) => r.id);
    const [ds, { viewCsv, viewJson }] = await Promise.all([
      loadTable(),
      import("../../lib/view-export"),
    ]);
    saveFile(kind === "csv" ? viewCsv(ds, ids, locale) : viewJson(ds, ids, query));
  };

  return (
    <>
      <UrlQuery onChange={onUrl} />
      <MissionsView
        rows={visible}
        total={rows.length}
        year={year}
        query={query}
        options={options}
        searchFailed={search.failed}
        formRef={form}
        onChange={onChange}
        onReset={onReset}
        onSort={onSort}
        onDownload={onDownload}
      />
    </>
  );
}
