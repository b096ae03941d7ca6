import type { UiLang } from "@inzet/data";
import { DOWNLOADS, downloads } from "@inzet/publish";
import { getTranslations } from "next-intl/server";
import { dataset } from "../../lib/data";
import { dcatFile, packageFile } from "../../lib/package-files";
import { ScrollRegion } from "../common/scroll-region";

/** The data package's descriptor and CSVs, and the DCAT-AP description: all made at build time. */
export async function PackageDownloads({ locale }: { locale: UiLang }) {
  const t = await getTranslations({ locale, namespace: "Data" });
  const ds = dataset();
  const kb = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const size = (body: string) => t("kb", { size: kb.format(Math.max(1, body.length / 1024)) });
  const folder = DOWNLOADS.dataPackageFolder;
  const rows = [
    {
      path: DOWNLOADS.dataPackage,
      what: t("packageFiles.descriptor"),
      body: packageFile(ds, "datapackage.json")?.body ?? "",
    },
    ...downloads()
      .filter((d) => d.path.startsWith(folder) && d.path !== DOWNLOADS.dataPackage)
      .map((d) => ({
        path: d.path,
        what: t("packageFiles.table", { title: d.title[locale] }),
        body: packageFile(ds, d.path.slice(folder.length))?.body ?? "",
      })),
    { path: DOWNLOADS.dcat, what: t("packageFiles.dcat"), body: dcatFile(ds).body },
  ];
  return (
    <section aria-labelledby="data-package-heading">
      <h2 id="data-package-heading">{t("dataPackageHeading")}</h2>
      <p>{t("packageDownloadsLead")}</p>
      <ScrollRegion label={t("packageDownloadsCaption")}>
        <table className="data-table">
          <caption>{t("packageDownloadsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("file")}</th>
              <th scope="col">{t("contents")}</th>
              <th scope="col">{t("size")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.path}>
                <th scope="row">
                  <a href={`/data/${row.path}`} download={row.path.split("/").pop()}>
                    {row.path}
                  </a>
                </th>
                <td>{row.what}</td>
                <td className="num">{size(row.body)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
