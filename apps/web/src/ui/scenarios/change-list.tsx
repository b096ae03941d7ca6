import type { Scenario } from "@inzet/analysis";
import { formatQuantity } from "@inzet/data/queries";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "../../i18n/routing";
import type { EditorContribution, EditorGroup } from "../../lib/workbench/scenario-types";

/** The scenario's operations in words, in order: what a briefing's reader needs to know. */
export function ChangeList({
  scenario,
  contributions,
  groups,
}: {
  scenario: Scenario;
  contributions: readonly EditorContribution[];
  groups: readonly EditorGroup[];
}) {
  const t = useTranslations("Workbench.scenario");
  const locale = useLocale() as Locale;
  const label = (id: string) => contributions.find((c) => c.id === id)?.label ?? id;
  const group = (id: string) =>
    groups.find((g) => g.id === id)?.name ?? scenario.groups?.find((g) => g.id === id)?.name ?? id;
  if (scenario.operations.length === 0) return <p>{t("noChanges")}</p>;
  return (
    <ol className="changes">
      {scenario.operations.map((op, i) => (
        <li key={i}>
          {op.op === "end"
            ? t("changeEnd", { label: label(op.id) })
            : op.op === "move"
              ? t("changeMove", { label: label(op.id), group: group(op.group) })
              : op.op === "resize"
                ? t("changeResize", {
                    label: label(op.id),
                    size: formatQuantity(op.quantity, { lang: locale, style: "words" }),
                  })
                : t("changeAdd", { label: op.op === "addMission" ? label(op.mission) : op.name })}
        </li>
      ))}
    </ol>
  );
}
