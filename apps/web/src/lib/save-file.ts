/** Hands text to the browser as a download (a Blob URL: nothing leaves the page). */
export function saveFile({ name, text, type }: { name: string; text: string; type: string }) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
