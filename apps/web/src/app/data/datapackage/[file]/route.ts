import { notFound } from "next/navigation";
import { dataset } from "../../../../lib/data";
import { packageFile, packageFileNames } from "../../../../lib/package-files";

// Written once at build time: /data/datapackage/datapackage.json and one CSV per table.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return packageFileNames(dataset()).map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const found = packageFile(dataset(), file);
  if (!found) notFound();
  return new Response(found.body, {
    headers: { "Content-Type": found.type, "Content-Disposition": `inline; filename="${file}"` },
  });
}
