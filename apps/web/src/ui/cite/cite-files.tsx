"use client";

import { useState } from "react";
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
 * the clipboard, then says so. The links work without script; the buttons are hidden then
 * (cite.css). One component for both, so the page carries each address once.
 */
export function CiteFiles({ stem, fileStem, labels }: Props) {
  const [status, setStatus] = useState("");
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
      <ul className="cite-files">
        {CITE_FORMATS.map(({ name, extension }) => (
          <li key={extension}>
            <a href={`${stem}.${extension}`} download={`${fileStem}.${extension}`}>
              {fill(labels.download, name)}
            </a>
          </li>
        ))}
      </ul>
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
    </>
  );
}
