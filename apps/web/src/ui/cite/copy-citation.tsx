"use client";

import { useState } from "react";

export type CopyFile = { name: string; href: string };
type Props = {
  files: readonly CopyFile[];
  /** "Copy {format}", "{format} copied to the clipboard.", …: the server translates them. */
  labels: { copy: string; copied: string; failed: string };
};

const fill = (text: string, format: string) => text.replace("{format}", format);

/**
 * A copy button per format: it fetches the same file the download link serves and puts its text
 * on the clipboard, then says so. Without script the buttons are hidden (cite.css) and the links
 * remain.
 */
export function CopyCitation({ files, labels }: Props) {
  const [status, setStatus] = useState("");
  async function copy({ name, href }: CopyFile) {
    setStatus("");
    try {
      const response = await fetch(href);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      await navigator.clipboard.writeText(await response.text());
      setStatus(fill(labels.copied, name));
    } catch {
      setStatus(fill(labels.failed, name));
    }
  }
  return (
    <div className="copy-citation">
      {files.map((file) => (
        <button key={file.href} type="button" onClick={() => copy(file)}>
          {fill(labels.copy, file.name)}
        </button>
      ))}
      <p role="status" className="copy-status">
        {status}
      </p>
    </div>
  );
}
