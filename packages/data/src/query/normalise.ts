/** Case-, accent- and spacing-insensitive key: "EUTM Somalië" and "eutm-somalie" match. */
export function normaliseName(name: string): string {
  // Most names are plain ASCII: skip Unicode decomposition for them (validation calls this a lot).
  const base = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize("NFD").replace(/\p{M}/gu, "");
  return base
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
