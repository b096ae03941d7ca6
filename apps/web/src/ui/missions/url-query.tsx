"use client";

import { useSearchParams } from "next/navigation";
import { Suspense, useEffect, useEffectEvent } from "react";

/**
 * Reports the URL's query once the page runs, and again whenever it changes (a link to another
 * view of the table). In its own Suspense boundary: a static page knows no query, so only this
 * empty boundary waits for the browser, not the table, which hydrates as served.
 */
export function UrlQuery({ onChange }: { onChange: (query: string) => void }) {
  return (
    <Suspense fallback={null}>
      <Watch onChange={onChange} />
    </Suspense>
  );
}

function Watch({ onChange }: { onChange: (query: string) => void }) {
  const query = useSearchParams().toString();
  const report = useEffectEvent(onChange);
  useEffect(() => report(query), [query]);
  return null;
}
