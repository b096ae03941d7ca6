import { notFound } from "next/navigation";
import { mapSvg } from "../../../lib/map-svg";
import { mapFileNames, mapFileSpec } from "../../../ui/map/map-files";

// Written once at build time, like /data/*: the overview's and each mission's map, per language
// and colour scheme, for an <img> the browser paints without React.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return mapFileNames().map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const found = await mapFileSpec(file);
  if (!found) notFound();
  return new Response(mapSvg(found.spec, found.scheme), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
}
