// A file's bytes as the API carries them (base64), both ways, and its size in words.

/** The file's content, base64-encoded, read in the browser (no path ever leaves the page). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The bytes the API carried as base64, as a Blob of the given type (to save, or to show in a frame). */
export function blobOf(contentBase64: string, mime: string): Blob {
  const binary = atob(contentBase64);
  return new Blob([Uint8Array.from(binary, (c) => c.charCodeAt(0))], { type: mime });
}

/** Saves an attachment to the computer (the browser's or the desktop's download), without opening a window. */
export function saveToComputer(name: string, mime: string, contentBase64: string): void {
  const url = URL.createObjectURL(blobOf(contentBase64, mime));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Images the page can show itself (the CSP allows data: images; TIFF is not shown by browsers). */
export function isPreviewable(mime: string): boolean {
  return mime === 'image/jpeg' || mime === 'image/png' || mime === 'image/webp';
}

/** `formatSize(1536)` → '1.5 KB'; `formatSize(3_145_728)` → '3.0 MB'. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
