import { useTranslations } from "next-intl";
import type { IssueView } from "../../lib/workbench/engine";

/** Every problem of an assessment file: where (file, line, path), what, and how to fix it. */
export function IssueList({
  heading,
  issues,
  note,
}: {
  heading: string;
  issues: readonly IssueView[];
  note?: string | undefined;
}) {
  const t = useTranslations("Workbench.file");
  return (
    <div className="issues">
      <p className="issues-heading">{heading}</p>
      <ul>
        {issues.map((i) => (
          <li key={`${i.line}:${i.path}:${i.message}`}>
            <code className="issue-place">
              {i.file}
              {i.line !== null ? `:${i.line}` : ""}
            </code>{" "}
            <code className="issue-path">{i.path}</code>
            <br />
            {i.message}
            <br />
            <span className="issue-fix">{t("fix", { fix: i.fix })}</span>
          </li>
        ))}
      </ul>
      {note ? <p>{note}</p> : null}
    </div>
  );
}
