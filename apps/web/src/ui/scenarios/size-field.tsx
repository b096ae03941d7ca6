import type { Quantity } from "@inzet/data";
import { useLocale } from "next-intl";
import { type KeyboardEvent, useEffect, useState } from "react";
import type { Locale } from "../../i18n/routing";
import { parseQuantityText } from "../../lib/workbench/quantity-text";

type Props = {
  id: string;
  label: string;
  /** The size the scenario sets, as text ("about 10"), or "" for the sources' figure. */
  value: string;
  disabled: boolean;
  describedBy: string;
  onChange: (q: Quantity | null) => void;
};

/**
 * A size typed as a source would word it. Read on Enter or on leaving the field; a text that
 * cannot be read keeps the scenario as it was and says why, in the page's language.
 */
export function SizeField({ id, label, value, disabled, describedBy, onChange }: Props) {
  const locale = useLocale() as Locale;
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(value), [value]);

  const commit = () => {
    if (draft === value) return setError(null);
    if (draft.trim() === "") {
      setError(null);
      if (value !== "") onChange(null);
      return;
    }
    const read = parseQuantityText(draft);
    if (!read.ok) return setError(read.error[locale]);
    setError(null);
    onChange(read.quantity);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      commit();
    }
  };
  const errorId = `${id}-error`;
  return (
    <div className="size-field">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="text"
        autoComplete="off"
        size={11}
        value={draft}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${describedBy}` : describedBy}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
