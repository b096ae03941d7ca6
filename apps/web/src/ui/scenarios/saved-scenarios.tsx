import { useTranslations } from "next-intl";
import type { SavedScenario } from "../../lib/workbench/storage";

type Props = {
  saved: readonly SavedScenario[];
  compared: readonly string[];
  maxCompared: number;
  onOpen: (s: SavedScenario) => void;
  onDelete: (name: string) => void;
  onCompare: (name: string, on: boolean) => void;
};

/** The scenarios kept in this browser: open one, delete one, or tick up to three to compare. */
export function SavedScenarios({
  saved,
  compared,
  maxCompared,
  onOpen,
  onDelete,
  onCompare,
}: Props) {
  const t = useTranslations("Workbench.scenario");
  if (saved.length === 0) return <p>{t("noneSaved")}</p>;
  const full = compared.length >= maxCompared;
  return (
    <>
      <p className="hint">{t("compareLead")}</p>
      <ul className="saved-list">
        {saved.map((s) => {
          const ticked = compared.includes(s.name);
          const id = `compare-${encodeURIComponent(s.name)}`;
          return (
            <li key={s.name}>
              <input
                type="checkbox"
                id={id}
                checked={ticked}
                disabled={!ticked && full}
                aria-label={t("compareNamed", { name: s.name })}
                onChange={(e) => onCompare(s.name, e.currentTarget.checked)}
              />
              <label htmlFor={id}>{s.name}</label>
              <button
                type="button"
                className="button small"
                aria-label={t("openNamed", { name: s.name })}
                onClick={() => onOpen(s)}
              >
                {t("open")}
              </button>
              <button
                type="button"
                className="button small"
                aria-label={t("deleteNamed", { name: s.name })}
                onClick={() => onDelete(s.name)}
              >
                {t("delete")}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
