"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import type { Locale } from "../../i18n/routing";
import { saveFile } from "../../lib/save-file";
import { columnId, sortMatrixRows } from "../../lib/workbench/matrix-sort";
import type { MatrixColumn, MatrixSort, MatrixView } from "../../lib/workbench/matrix-types";
import { ScrollRegion } from "../common/scroll-region";
import { useAssessment } from "../workbench/use-assessment";
import { useEngine } from "../workbench/use-engine";
import { AsOfForm } from "./as-of-form";
import { AssessmentFile } from "./assessment-file";
import { MatrixTable } from "./matrix-table";

/**
 * The assessment page's interactive part. It is served with the matrix as of the end of 2014
 * (computed at build time); the computation and its data load after the page has started, for
 * another as-of date and for the analyst's file.
 */
export function AssessmentWorkbench({ initial }: { initial: MatrixView }) {
  const t = useTranslations("Workbench");
  const cellWords = useTranslations("Workbench.cells");
  const locale = useLocale() as Locale;
  const { loaded, failed } = useEngine();
  const ids = useMemo(() => initial.rows.map((r) => r.id), [initial]);
  const assessment = useAssessment(loaded, ids, locale);
  const [view, setView] = useState(initial);
  const [asOf, setAsOf] = useState(initial.asOf);
  const [sort, setSort] = useState<MatrixSort | null>(null);
  const checked = assessment.current?.checked;
  const ratings = checked?.ok ? checked.view : null;
  const rows = useMemo(
    () => sortMatrixRows(view.rows, sort, ratings, locale),
    [view, sort, ratings, locale],
  );

  useEffect(() => {
    if (!loaded || asOf === view.asOf) return;
    const { engine, ds } = loaded;
    setView(engine.matrixView(engine.workbenchPortfolio(ds, asOf), locale, cellWords));
  }, [loaded, asOf, view.asOf, locale, cellWords]);

  const onSort = (column: MatrixColumn) =>
    setSort((s) =>
      s && columnId(s.column) === columnId(column)
        ? { column, dir: s.dir === "asc" ? "desc" : "asc" }
        : { column, dir: "asc" },
    );

  const onDownload = async () => {
    const { matrixCsv, MATRIX_CSV_NAME } = await import("../../lib/workbench/matrix-csv");
    const text = matrixCsv(view, rows, ratings);
    saveFile({ name: MATRIX_CSV_NAME, text, type: "text/csv;charset=utf-8" });
  };

  const caption = t("matrix.caption", { count: view.rows.length, date: view.asOfText });
  return (
    // data-engine: whether the computation has loaded (the e2e tests wait for it).
    <div data-engine={loaded ? "ready" : failed ? "failed" : "loading"}>
      <AssessmentFile state={assessment} />
      <section aria-labelledby="matrix-heading" className="matrix-section">
        <h2 id="matrix-heading">{t("matrix.regionLabel")}</h2>
        <div className="matrix-bar no-print">
          <AsOfForm value={asOf} busy={asOf !== view.asOf} onChange={setAsOf} />
          <button type="button" className="button" onClick={onDownload}>
            {t("matrix.download")}
          </button>
        </div>
        {failed ? <p role="alert">{t("loadFailed")}</p> : null}
        <p className="hint no-print">{t("matrix.gridHint")}</p>
        <ScrollRegion label={caption}>
          <MatrixTable
            view={view}
            rows={rows}
            ratings={ratings}
            sort={sort}
            onSort={onSort}
            caption={caption}
          />
        </ScrollRegion>
        <h3 id="matrix-sources-heading">{t("matrix.sourcesHeading")}</h3>
        <ol className="matrix-sources" aria-labelledby="matrix-sources-heading">
          {view.sources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}
