"use client";

import { useEffect, useRef, useState } from "react";
import { CITE_FORMATS, type CiteFormat } from "../../lib/cite-formats";

type Props = {
  /** "/data/cite/mission/untso": each format's file is this and its ending. */
  stem: string;
  fileStem: string;
  /** "Download {format}", "Copy {format}", …: the server translates them. */
  labels: { download: string; copy: string; copied: string; failed: string };
};

const fill = (text: string, format: string) => text.replace("{format}", format);

/**
 * A download link per format, and a copy button that fetches the same file and puts its text on
 * the clipboard, then says so. The links work without script; the buttons, which need it, are
 * made by it. One component for both, so the page carries each address once.
 */
export function CiteFiles({ stem, fileStem, labels }: Props) {
  const [status, setStatus] = useState("");
  // The buttons are made when the control is first opened: the sources page has 200 controls.
  const [opened, setOpened] = useState(false);
  const links = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const details = links.current?.closest("details");
    const onToggle = () => setOpened(true);
    if (!details || details.open) onToggle();
    else details.addEventListener("toggle", onToggle, { once: true });
    return () => details?.removeEventListener("toggle", onToggle);
  }, []);
  async function copy({ name, extension }: CiteFormat) {
    setStatus("");
    try {
      const response = await fetch(`${stem}.${extension}`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      await navigator.clipboard.writeText(await response.text());
      setStatus(fill(labels.copied, name));
    } catch {
      setStatus(fill(labels.failed, name));
    }
  }
  return (
    <>
      <p className="cite-files" ref={links}>
        {CITE_FORMATS.map(({ name, extension }) => (
          <a key={extension} href={`${stem}.${extension}`} download={`${fileStem}.${extension}`}>
            {fill(labels.download, name)}
          </a>
        ))}
      </p>
      {opened ? (
        <div className="copy-citation">
          {CITE_FORMATS.map((f) => (
            <button key={f.extension} type="button" onClick={() => copy(f)}>
              {fill(labels.copy, f.name)}
            </button>
          ))}
          <p role="status" className="copy-status">
            {status}
          </p>
        </div>
      ) : null}
    </>
  );
}
