import { dataset } from "../../../lib/data";
import { dcatFile } from "../../../lib/package-files";

// Written once at build time: the DCAT-AP description that data portals harvest.
export const dynamic = "force-static";

export function GET() {
  const { body, type } = dcatFile(dataset());
  return new Response(body, {
    headers: { "Content-Type": type, "Content-Disposition": 'inline; filename="dcat.jsonld"' },
  });
}
