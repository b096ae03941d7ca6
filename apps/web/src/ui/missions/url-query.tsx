"use client";

import { useSearchParams } from "next/navigation";
import { Suspense, useEffect } from "react";

/**
 * Reports the URL's query once the page runs, and again whenever it changes (a link to another
 * view of the table). In its own Suspense boundary: a static page knows no query, so only this
 * empty boundary waits for the browser, not the table.
 */
export function UrlQuery({ onChange }: { onChange: (search: string) => void }) {
  return (
    <Suspense fallback={null}>
      <Watch onChange={onChange} />
    </Suspense>
  );
}

function Watch({ onChange }: { onChange: (search: string) => void }) {
  const search = useSearchParams().toString();
  useEffect(() => onChange(search), [search, onChange]);
  return null;
}
