import { notFound } from "next/navigation";
import { dataset } from "../../../lib/data";
import { DATA_FILES, dataFile } from "../../../lib/data-files";

// Written once at build time (no per-request work): /data/inzet.json, /data/missions.csv, …
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return DATA_FILES.map((f) => ({ file: f.name }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const found = dataFile(file);
  if (!found) notFound();
  return new Response(found.body(dataset()), {
    headers: {
      "Content-Type": found.type,
      "Content-Disposition": `inline; filename="${found.name}"`,
    },
  });
}
