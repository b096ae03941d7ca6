import type { Portfolio, Scenario } from "@inzet/analysis";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import type { Locale } from "../../i18n/routing";
import type { SavedScenario } from "../../lib/workbench/storage";
import type { Loaded } from "../workbench/use-engine";
import { GroupBars } from "./group-bars";
import { MetricsTable } from "./metrics-table";
import { SavedScenarios } from "./saved-scenarios";

type Props = {
  saved: readonly SavedScenario[];
  base: Portfolio | null;
  loaded: Loaded | null;
  maxCompared: number;
  onOpen: (s: Scenario) => void;
  onDelete: (name: string) => void;
};

/** The saved scenarios, and up to three of them side by side with the baseline. */
export function ComparePanel({ saved, base, loaded, maxCompared, onOpen, onDelete }: Props) {
  const t = useTranslations("Workbench");
  const locale = useLocale() as Locale;
  const [compared, setCompared] = useState<string[]>([]);

  const decoded = useMemo(() => {
    if (!loaded) return new Map<string, Scenario>();
    return new Map(
      saved.flatMap((s) => {
        const read = loaded.engine.decodeScenario(s.code);
        return read.ok ? [[s.name, read.scenario] as const] : [];
      }),
    );
  }, [loaded, saved]);

  const chosen = useMemo(
    () => compared.flatMap((name) => decoded.get(name) ?? []),
    [compared, decoded],
  );
  const result = useMemo(
    () =>
      loaded && base && chosen.length > 0
        ? loaded.engine.comparisonView(base, chosen, locale)
        : null,
    [loaded, base, chosen, locale],
  );

  const onCompare = (name: string, on: boolean) =>
    setCompared((c) =>
      on ? [...c.filter((n) => n !== name), name].slice(-maxCompared) : c.filter((n) => n !== name),
    );
  const open = (s: SavedScenario) => {
    const scenario = decoded.get(s.name);
    if (scenario) onOpen(scenario);
  };
  const remove = (name: string) => {
    setCompared((c) => c.filter((n) => n !== name));
    onDelete(name);
  };

  return (
    <>
      <h3 id="saved-heading">{t("scenario.savedHeading")}</h3>
      <SavedScenarios
        saved={saved}
        compared={compared}
        maxCompared={maxCompared}
        onOpen={open}
        onDelete={remove}
        onCompare={onCompare}
      />
      {result?.ok ? (
        <div className="compare">
          <h3>{t("scenario.compareHeading")}</h3>
          <MetricsTable
            view={result.view}
            headings={[t("baseline"), ...result.view.columns]}
            caption={t("scenario.compareCaption", { count: chosen.length })}
          />
          <GroupBars
            view={result.view}
            headings={[t("baseline"), ...result.view.columns]}
            id="compare-bars"
          />
        </div>
      ) : null}
      {result && !result.ok ? (
        <p role="alert">{t("scenario.badScenario", { issues: result.issues.join(" ") })}</p>
      ) : null}
    </>
  );
}
