import { useTranslations } from "next-intl";
import { type DragEvent, useId, useState } from "react";
import { ASSESSMENT_TEMPLATE_URL } from "../../lib/workbench/load-workbench";
import type { AssessmentState } from "../workbench/use-assessment";
import { IssueList } from "./issue-list";

/**
 * Loads the analyst's file by picker or drag-and-drop; shows what is loaded, or every problem
 * of a file that was not, located; clears it. Nothing is uploaded.
 */
export function AssessmentFile({ state }: { state: AssessmentState }) {
  const t = useTranslations("Workbench.file");
  const inputId = useId();
  const [over, setOver] = useState(false);
  const { current, problem } = state;

  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void state.load(file);
  };
  const onDragOver = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    setOver(true);
  };

  const rated = current?.checked.ok
    ? Object.values(current.checked.view.ratings).reduce(
        (n, byConsideration) =>
          n + Object.values(byConsideration).filter((r) => r.value !== null).length,
        0,
      )
    : 0;

  return (
    <section aria-labelledby="assessment-file-heading" className="assessment-file no-print">
      <h2 id="assessment-file-heading">{t("heading")}</h2>
      <p>{t("lead")}</p>
      <p>
        <a href={ASSESSMENT_TEMPLATE_URL} download="inzet-assessment.yaml">
          {t("template")}
        </a>
      </p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the pointer; the file input beside it serves the keyboard */}
      <div
        className={over ? "drop-zone over" : "drop-zone"}
        onDragOver={onDragOver}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId}>{t("choose")}</label>
        <input
          id={inputId}
          type="file"
          accept=".yaml,.yml,.json,application/yaml,application/json,text/yaml"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) void state.load(file);
          }}
        />
        <p className="hint">{over ? t("dropActive") : t("drop")}</p>
      </div>
      <div role="status" className="file-status">
        {state.busy ? <p>{t("busy")}</p> : null}
        {current?.checked.ok ? (
          <p>
            <strong>{t("loaded", { file: current.stored.file })}</strong>
            {" · "}
            {t("rated", { count: rated })}
            {current.checked.view.author
              ? ` · ${t("by", { author: current.checked.view.author })}`
              : ""}
            {current.checked.view.date ? `, ${current.checked.view.date}` : ""}
            <br />
            <span className="hint">{state.kept ? t("kept") : t("notKept")}</span>
          </p>
        ) : null}
      </div>
      {current && !current.checked.ok ? (
        <IssueList
          heading={t("storedErrors", {
            file: current.stored.file,
            count: current.checked.issues.length,
          })}
          issues={current.checked.issues}
        />
      ) : null}
      {problem ? (
        <div role="alert" className="file-problem">
          {problem.kind === "issues" ? (
            <IssueList
              heading={t("errors", { file: problem.file, count: problem.issues.length })}
              issues={problem.issues}
              note={current?.checked.ok ? t("earlierStays") : undefined}
            />
          ) : (
            <p>{t(problem.kind, { file: problem.file })}</p>
          )}
        </div>
      ) : null}
      {current ? (
        <p>
          <button type="button" className="button" onClick={state.clear}>
            {t("clear")}
          </button>
        </p>
      ) : null}
    </section>
  );
}
