/**
 * Offers `text` as a download named `name`, from a Blob URL: it stays in this browser, and a download is not a
 * navigation the page's Content-Security-Policy governs (the room's CSV does the same).
 */
export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the bytes by the time a task runs again; a minute is ample for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A download's name for data kept aside from `key`, e.g. `kb-self-check-kept-2026-12-06.txt`. */
export function toKeptFileName(key: string): string {
  return `${key}-kept-${new Date().toISOString().slice(0, 10)}.txt`;
}
