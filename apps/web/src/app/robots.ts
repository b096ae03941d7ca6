import type { MetadataRoute } from "next";

// Written at build time, also for the static export.
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/" } };
}
