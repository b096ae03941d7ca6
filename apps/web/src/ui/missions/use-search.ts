import { useEffect, useMemo, useState } from "react";
import { EMPTY_QUERY } from "../../lib/mission-query";
import { loadTable } from "../../lib/table-data";

type Searcher = (search: string) => string[];

/**
 * The ids a search finds, best match first (undefined while nothing is searched or the search
 * is still loading). MiniSearch, the data package's search and the missions it indexes are
 * loaded on the first search, not with the page.
 */
export function useSearch(text: string): { ids: string[] | undefined; failed: boolean } {
  const search = text.trim();
  const [searcher, setSearcher] = useState<Searcher>();
  const [failedFor, setFailedFor] = useState<string>();

  useEffect(() => {
    // Not again for the words that just failed to load; the next change tries again.
    if (search === "" || searcher || search === failedFor) return;
    let live = true;
    Promise.all([import("../../lib/mission-search"), loadTable()]).then(
      ([{ searchIds }, ds]) => {
        if (live) setSearcher(() => (s: string) => searchIds(ds, { ...EMPTY_QUERY, search: s }));
      },
      () => live && setFailedFor(search),
    );
    return () => {
      live = false;
    };
  }, [search, searcher, failedFor]);

  const ids = useMemo(
    () => (searcher && search ? searcher(search) : undefined),
    [searcher, search],
  );
  return { ids, failed: search !== "" && search === failedFor };
}
