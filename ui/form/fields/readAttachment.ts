/**
 * Reads a chosen file, reporting progress in percent, and returns its SHA-256 (hex) — the
 * reference the catalogue's attachment fields hold.
 */
export function readAttachment(file: File, progress: (percent: number) => void): Promise<{ sha256: string }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => { if (e.lengthComputable) progress(Math.round((e.loaded / e.total) * 100)); };
    reader.onerror = () => reject(reader.error ?? new Error('file could not be read'));
    reader.onload = async () => {
      const digest = await crypto.subtle.digest('SHA-256', reader.result as ArrayBuffer);
      resolve({ sha256: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('') });
    };
    reader.readAsArrayBuffer(file);
  });
}
