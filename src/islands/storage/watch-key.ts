/**
 * Calls `onChange` when another tab of this site writes `key` (or clears all storage). The `storage` event fires in
 * every other same-origin tab, never in the writing one, so a tab re-reads only what others changed.
 */
export function watchKey(key: string, onChange: () => void): void {
  addEventListener('storage', (event) => {
    if (event.key === key || event.key === null) onChange();
  });
}
