import type { UiLang } from "@inzet/data";
import { DOWNLOADS, downloads } from "@inzet/publish";
import { getTranslations } from "next-intl/server";
import { dataset } from "../../lib/data";
import { dcatFile, packageFile } from "../../lib/package-files";
import { FileTable } from "./file-table";

/** The data package's descriptor and CSVs, and the DCAT-AP description: all made at build time. */
export async function PackageDownloads({ locale }: { locale: UiLang }) {
  const t = await getTranslations({ locale, namespace: "Data" });
  const ds = dataset();
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
      <FileTable locale={locale} caption={t("packageDownloadsCaption")} rows={rows} />
    </section>
  );
}
