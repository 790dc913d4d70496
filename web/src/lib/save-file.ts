/** Saves a blob as a file through a temporary object URL and a hidden download link. */
export function saveBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Chromium may still be reading the blob when click() returns; revoking at once can lose the download.
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
