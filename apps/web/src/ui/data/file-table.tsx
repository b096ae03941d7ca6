import type { UiLang } from "@inzet/data";
import { getTranslations } from "next-intl/server";
import { ScrollRegion } from "../common/scroll-region";

export type FileRow = {
  /** Under /data/ on the site. */
  path: string;
  /** What the file holds, in the page's language. */
  what: string;
  /** The file's text, to state its size. */
  body: string;
};

/** A table of files to download: name (a download link), what it holds, its size. */
export async function FileTable({
  locale,
  caption,
  rows,
}: {
  locale: UiLang;
  caption: string;
  rows: FileRow[];
}) {
  const t = await getTranslations({ locale, namespace: "Data" });
  const kb = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return (
    <ScrollRegion label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
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
              <td className="num">
                {t("kb", { size: kb.format(Math.max(1, row.body.length / 1024)) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
