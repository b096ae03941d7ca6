import { useTranslations } from "next-intl";
import { useId, useState } from "react";

type Props = {
  name: string;
  shareUrl: string | null;
  onSave: () => boolean;
};

/** Save the scenario under its name, copy the link that opens it, print it as a briefing. */
export function ShareSave({ name, shareUrl, onSave }: Props) {
  const t = useTranslations("Workbench.scenario");
  const linkId = useId();
  const [status, setStatus] = useState<string | null>(null);
  const save = () => {
    if (name.trim() === "") return setStatus(t("saveNeedsName"));
    setStatus(onSave() ? t("saved", { name }) : t("notKept"));
  };
  const copy = async () => {
    if (!shareUrl) return;
    try {
      await navigator.clipboard.writeText(shareUrl);
      setStatus(t("copied"));
    } catch {
      // No clipboard (an insecure origin, a refusal): the field holds the link to copy by hand.
      document.getElementById(linkId)?.focus();
    }
  };
  return (
    <div className="share-save no-print">
      <p className="actions">
        <button type="button" className="button" onClick={save}>
          {t("save")}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t("print")}
        </button>
      </p>
      <p className="share">
        <label htmlFor={linkId}>{t("shareLabel")}</label>
        <input
          id={linkId}
          type="url"
          readOnly
          value={shareUrl ?? ""}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button" disabled={!shareUrl} onClick={copy}>
          {t("copy")}
        </button>
      </p>
      <p role="status" className="hint">
        {status}
      </p>
    </div>
  );
}
