"use client";

import type { Scenario } from "@inzet/analysis";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import type { Locale } from "../../i18n/routing";
import { EMPTY_SCENARIO } from "../../lib/workbench/scenario-edit";
import type {
  ComparisonView,
  EditorContribution,
  EditorGroup,
  TokenQuestionView,
} from "../../lib/workbench/scenario-types";
import { useAssessment } from "../workbench/use-assessment";
import { useEngine } from "../workbench/use-engine";
import { ChangeList } from "./change-list";
import { ComparePanel } from "./compare-panel";
import { ContributionsEditor } from "./contributions-editor";
import { GroupBars } from "./group-bars";
import { MetricsTable } from "./metrics-table";
import { ShareSave } from "./share-save";
import { type Consideration, type RatingsStatus, TokenQuestion } from "./token-question";
import { useScenario } from "./use-scenario";

type Props = {
  contributions: EditorContribution[];
  groups: EditorGroup[];
  considerations: Consideration[];
  /** The baseline beside an empty scenario, computed at build time. */
  initial: ComparisonView;
  asOfText: string;
  maxCompared: number;
  keep: number;
  threshold: number;
};

/**
 * The scenarios page's interactive part. Served with the baseline's metrics; the computation
 * loads after the page has started, then every change recomputes the metrics in the browser.
 */
export function ScenarioWorkbench(props: Props) {
  const { contributions, groups, considerations, keep, threshold } = props;
  const t = useTranslations("Workbench");
  const locale = useLocale() as Locale;
  const { loaded, failed } = useEngine();
  const { scenario, setScenario, ...kept } = useScenario(loaded, locale, t("scenario.untitled"));
  const ids = useMemo(() => contributions.map((c) => c.id), [contributions]);
  const assessment = useAssessment(loaded, ids, locale);
  const base = useMemo(() => loaded?.engine.workbenchPortfolio(loaded.ds) ?? null, [loaded]);
  const [view, setView] = useState(props.initial);
  const [issues, setIssues] = useState<string[] | null>(null);
  const [asked, setAsked] = useState(false);
  const [token, setToken] = useState<TokenQuestionView | null>(null);

  const checked = assessment.current?.checked;
  const analyst = checked?.ok ? checked.assessment : null;
  const ratings: RatingsStatus = !checked ? "none" : checked.ok ? "ok" : "bad";

  useEffect(() => {
    if (!loaded || !base) return;
    const result = loaded.engine.comparisonView(base, [scenario], locale);
    setIssues(result.ok ? null : result.issues);
    if (result.ok) setView(result.view);
  }, [loaded, base, scenario, locale]);

  useEffect(() => {
    if (!loaded || !base || !asked) return;
    setToken(loaded.engine.tokenQuestionView(base, analyst, locale, { keep, threshold }));
  }, [loaded, base, asked, analyst, locale, keep, threshold]);

  const tokenName = t("scenario.tokenButton", { keep, threshold });
  const onAsk = () => {
    if (!loaded || !base) return;
    const answer = loaded.engine.tokenQuestionView(base, analyst, locale, { keep, threshold });
    setAsked(true);
    setToken(answer);
    setScenario({ ...answer.scenario, name: tokenName });
  };
  const onWidest = () => token && setScenario({ ...token.widest, name: `${tokenName} (+)` });
  const rename = (name: string) => setScenario({ ...scenario, name });

  const headings = [t("baseline"), scenario.name.trim() || t("scenario.thisScenario")];
  const metrics = view.rows.find((r) => r.id === "contributions")?.values[1] ?? "";
  const concentration = view.rows.find((r) => r.id === "concentration")?.values[1] ?? "";
  return (
    // data-engine: whether the computation has loaded (the e2e tests wait for it).
    <div data-engine={loaded ? "ready" : failed ? "failed" : "loading"}>
      <p className="print-only briefing-line">{t("scenario.briefing", { date: props.asOfText })}</p>
      {failed ? <p role="alert">{t("loadFailed")}</p> : null}
      {kept.linkProblem ? (
        <p role="alert">{t("scenario.badLink", { reason: kept.linkProblem })}</p>
      ) : null}
      <TokenQuestion
        view={token}
        keep={keep}
        threshold={threshold}
        considerations={considerations}
        ratings={ratings}
        disabled={!loaded}
        onAsk={onAsk}
        onWidest={onWidest}
      />
      <section aria-labelledby="editor-heading">
        <h2 id="editor-heading" className="no-print">
          {t("scenario.editorHeading")}
        </h2>
        <p className="scenario-name no-print">
          <label htmlFor="scenario-name">{t("scenario.name")}</label>
          <input
            id="scenario-name"
            type="text"
            maxLength={160}
            value={scenario.name}
            onChange={(e) => rename(e.currentTarget.value)}
          />
        </p>
        <p className="print-only scenario-title">{headings[1]}</p>
        <h3 id="changes-heading">{t("scenario.changesHeading")}</h3>
        <ChangeList scenario={scenario} contributions={contributions} groups={groups} />
        <div className="no-print">
          <p id="size-help" className="hint">
            {t("scenario.sizeHelp")}
          </p>
          <ContributionsEditor
            contributions={contributions}
            groups={groups}
            scenario={scenario}
            onChange={setScenario}
          />
          <p>
            <button type="button" className="button" onClick={() => setScenario(EMPTY_SCENARIO)}>
              {t("scenario.reset")}
            </button>
          </p>
        </div>
      </section>
      <section aria-labelledby="metrics-heading">
        <h2 id="metrics-heading">{t("scenario.metricsHeading")}</h2>
        {issues ? (
          <p role="alert">{t("scenario.badScenario", { issues: issues.join(" ") })}</p>
        ) : null}
        <p role="status" className="visually-hidden">
          {loaded && scenario !== EMPTY_SCENARIO
            ? t("scenario.updated", { contributions: metrics, concentration })
            : ""}
        </p>
        <MetricsTable view={view} headings={headings} caption={t("scenario.metricsCaption")} />
        <GroupBars view={view} headings={headings} id="scenario-bars" />
      </section>
      <section aria-labelledby="save-heading" className="no-print">
        <h2 id="save-heading">{t("scenario.saveHeading")}</h2>
        <ShareSave name={scenario.name} shareUrl={kept.shareUrl} onSave={kept.save} />
        <ComparePanel
          saved={kept.saved}
          base={base}
          loaded={loaded}
          maxCompared={props.maxCompared}
          onOpen={(s: Scenario) => setScenario(s)}
          onDelete={kept.remove}
        />
      </section>
    </div>
  );
}
