/** disclosure-review-log-20261203-1105.csv: stamped with the export time in China (UTC+8). */
export function downloadFileName(exportedAt: Date, extension: string): string {
  const china = new Date(exportedAt.getTime() + 8 * 3_600_000).toISOString();
  const stamp = `${china.slice(0, 10).replaceAll('-', '')}-${china.slice(11, 16).replace(':', '')}`;
  return `disclosure-review-log-${stamp}.${extension}`;
}

/** Saves streamed parts as one file: a Blob (never one giant string) through an <a download>. */
export function downloadParts(parts: BlobPart[], mimeType: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the download has started reading the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
