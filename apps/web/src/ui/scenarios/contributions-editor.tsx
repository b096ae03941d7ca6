import type { Scenario } from "@inzet/analysis";
import { formatQuantity } from "@inzet/data/queries";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "../../i18n/routing";
import {
  groupIn,
  isEnded,
  setEnded,
  setGroup,
  setSize,
  sizeIn,
} from "../../lib/workbench/scenario-edit";
import type { EditorContribution, EditorGroup } from "../../lib/workbench/scenario-types";
import { ScrollRegion } from "../common/scroll-region";
import { SizeField } from "./size-field";

type Props = {
  contributions: readonly EditorContribution[];
  groups: readonly EditorGroup[];
  scenario: Scenario;
  onChange: (s: Scenario) => void;
};

/** Keep or end each contribution, move it to another group, or give it a size of its own. */
export function ContributionsEditor({ contributions, groups, scenario, onChange }: Props) {
  const t = useTranslations("Workbench.scenario");
  const locale = useLocale() as Locale;
  return (
    <ScrollRegion label={t("editorCaption")}>
      <table className="data-table editor">
        <caption>{t("editorCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("keepCol")}</th>
            <th scope="col">{t("contributions")}</th>
            <th scope="col">{t("groupCol")}</th>
            <th scope="col">{t("sizeCol")}</th>
            <th scope="col">{t("portfolioCol")}</th>
          </tr>
        </thead>
        <tbody>
          {contributions.map((c) => {
            const ended = isEnded(scenario, c.id);
            const size = sizeIn(scenario, c.id);
            const hint = `size-hint-${c.id}`;
            return (
              <tr key={c.id} className={ended ? "ended" : undefined}>
                <td>
                  <input
                    type="checkbox"
                    id={`keep-${c.id}`}
                    checked={!ended}
                    onChange={(e) => onChange(setEnded(scenario, c.id, !e.currentTarget.checked))}
                  />
                  <label htmlFor={`keep-${c.id}`} className="visually-hidden">
                    {t("keep", { label: c.label })}
                  </label>
                </td>
                <th scope="row">{c.label}</th>
                <td>
                  <select
                    aria-label={t("moveTo", { label: c.label })}
                    value={groupIn(scenario, c.id, c.group) ?? ""}
                    disabled={ended}
                    onChange={(e) =>
                      onChange(setGroup(scenario, c.id, e.currentTarget.value, c.group))
                    }
                  >
                    {groups.map((g) => (
                      <option key={g.id} value={g.id}>
                        {g.name}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <SizeField
                    id={`size-${c.id}`}
                    label={t("size", { label: c.label })}
                    value={size ? formatQuantity(size, { lang: locale, style: "words" }) : ""}
                    disabled={ended}
                    describedBy={`${hint} size-help`}
                    onChange={(q) => onChange(setSize(scenario, c.id, q))}
                  />
                  <span id={hint} className="hint">
                    {t("sourcesSay", { figure: c.figure })}
                  </span>
                </td>
                <td className="figure">{c.personnel}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
