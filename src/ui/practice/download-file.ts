/**
 * Gives a JSON value to the person as a file download (a Blob URL on the device: nothing is
 * sent anywhere).
 */
export function downloadJson(fileName: string, value: unknown): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later, so the browser has taken the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a local file chosen with <input type="file"> as text; it never leaves the device. */
export const readLocalFile = (file: File): Promise<string> => file.text();

/** Prints one portal document: the body class hides the rest (see teaching.css). */
export function printWith(bodyClass: string): void {
  document.body.classList.add(bodyClass);
  const done = () => {
    document.body.classList.remove(bodyClass);
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
