import { notFound } from "next/navigation";
import { citeFile, citeFileSegments } from "../../../../lib/cite-files";
import { dataset } from "../../../../lib/data";

// Written once at build time: /data/cite/dataset.bib, /data/cite/mission/untso.nl.ris, …
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return citeFileSegments(dataset()).map((path) => ({ path }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const found = citeFile(dataset(), path);
  if (!found) notFound();
  return new Response(found.body, {
    headers: { "Content-Type": found.type, "Content-Disposition": "inline" },
  });
}
