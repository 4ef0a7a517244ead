import type { Translate } from '../../lib/translate.ts';
import { part } from '../part.ts';

/**
 * Copies the self-check's share link (`[data-share]` under `root`) to the clipboard, and `button` says so for two seconds.
 * Without clipboard permission the link takes the focus instead: it is there to copy by hand.
 */
export function copyShareLink(root: Element, button: HTMLButtonElement, t: Translate): void {
  const link = part<HTMLAnchorElement>(root, '[data-share]');
  if (!link) return;
  navigator.clipboard.writeText(link.href).then(
    () => {
      const label = button.textContent;
      button.textContent = t('selfCheck.copied');
      setTimeout(() => (button.textContent = label), 2000);
    },
    () => link.focus(),
  );
}
