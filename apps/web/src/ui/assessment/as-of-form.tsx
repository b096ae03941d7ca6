import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";

export const AS_OF_MIN = "2000-01-01";
export const AS_OF_MAX = "2030-12-31";

/** The portfolio's as-of date: durations run to it, figures are those for its year. */
export function AsOfForm({
  value,
  busy,
  onChange,
}: {
  value: string;
  busy: boolean;
  onChange: (asOf: string) => void;
}) {
  const t = useTranslations("Workbench.matrix");
  const id = useId();
  const [invalid, setInvalid] = useState(false);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const asOf = String(new FormData(e.currentTarget).get("asOf") ?? "");
    const ok = /^\d{4}-\d{2}-\d{2}$/.test(asOf) && asOf >= AS_OF_MIN && asOf <= AS_OF_MAX;
    setInvalid(!ok);
    if (ok) onChange(asOf);
  };
  return (
    <form className="as-of no-print" onSubmit={onSubmit}>
      <label htmlFor={id}>{t("asOf")}</label>
      <input
        id={id}
        name="asOf"
        type="date"
        defaultValue={value}
        min={AS_OF_MIN}
        max={AS_OF_MAX}
        required
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint`}
      />
      <button type="submit" className="button" aria-busy={busy || undefined}>
        {t("show")}
      </button>
      <p id={`${id}-hint`} className="hint">
        {invalid ? t("asOfInvalid", { min: AS_OF_MIN, max: AS_OF_MAX }) : t("asOfHint")}
      </p>
    </form>
  );
}
