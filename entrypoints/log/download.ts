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
