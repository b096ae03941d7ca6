"use client";

import { useLocale } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { pickRows, rowMatches } from "../../lib/filter-rows";
import {
  EMPTY_QUERY,
  type MissionQuery,
  parseMissionQuery,
  type SortKey,
  serialiseMissionQuery,
  vocabularyOf,
} from "../../lib/mission-query";
import type { MissionRow } from "../../lib/mission-rows";
import type { MissionsOptions } from "../../lib/missions-options";
import { saveFile } from "../../lib/save-file";
import { sortRows } from "../../lib/sort-rows";
import { loadTable } from "../../lib/table-data";
import { readForm, writeForm } from "./filter-form";
import { MissionsView } from "./missions-view";
import { UrlQuery } from "./url-query";
import { useSearch } from "./use-search";

type Props = {
  /** Every mission, in the letter's order. */
  rows: MissionRow[];
  options: MissionsOptions;
  /** The year of the figures column. */
  year: number;
};

/**
 * The interactive table. It is served with every mission and no filter (the page is static);
 * once it runs it shows the view in the URL, keeping any filter changed before that, and keeps
 * the URL up to date so a view can be shared.
 */
export function MissionsExplorer({ rows, options, year }: Props) {
  const locale = useLocale();
  const vocab = useMemo(() => vocabularyOf(options), [options]);
  const form = useRef<HTMLFormElement>(null);
  const started = useRef(false);
  // The view as its URL query ("?cluster=balkans"): an unchanged view is an unchanged string,
  // so React does not redraw the table (the usual case as the page starts).
  const [view, setView] = useState("");
  const query = useMemo(() => parseMissionQuery(view, vocab), [view, vocab]);
  const search = useSearch(query.search);

  // replaceState: no history entry per keystroke; Next's useSearchParams follows it.
  const show = (next: MissionQuery) => {
    const s = serialiseMissionQuery(next);
    if (s !== window.location.search) {
      window.history.replaceState(null, "", `${window.location.pathname}${s}`);
    }
    setView(s);
  };

  const onUrl = (params: string) => {
    const fromUrl = parseMissionQuery(params, vocab);
    const first = !started.current;
    started.current = true;
    if (!form.current || (!first && serialiseMissionQuery(fromUrl) === view)) return; // our own
    // The first time, a field changed before the script ran wins over the URL.
    writeForm(form.current, fromUrl, first);
    show(readForm(form.current, vocab, fromUrl));
  };

  const visible = useMemo(() => {
    const found = search.ids
      ? pickRows(rows, search.ids, query)
      : rows.filter((r) => rowMatches(r, query));
    return query.sort ? sortRows(found, query.sort, query.dir, locale) : found;
  }, [rows, search.ids, query, locale]);

  const onChange = () => form.current && show(readForm(form.current, vocab, query));
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
