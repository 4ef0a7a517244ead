// `/` focuses the header's search box, unless the reader is typing somewhere; focusing it loads the search code.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-shortcut]');
  if (!box) return;
  event.preventDefault();
  box.focus();
});
