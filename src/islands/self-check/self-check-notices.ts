import type { Unreadable } from '../../lib/storage/keep-aside.ts';
import type { StoreProblem } from '../../lib/storage/storage-access.ts';
import type { Translate } from '../../lib/translate.ts';
import { part } from '../part.ts';

function setText(element: HTMLElement | undefined, text: string): void {
  if (!element) return;
  element.textContent = text;
  element.hidden = text === '';
}

/** Shows (or, for '', hides) the notice at the top of the self-check; `shared` adds its "Start my own" choices. */
export function showShareNotice(root: Element, text: string, shared: boolean): void {
  setText(part(root, '[data-notice]'), text);
  const actions = part(root, '[data-shared-actions]');
  if (actions) actions.hidden = !shared;
  const box = part(root, '[data-notice-box]');
  if (box) box.hidden = text === '';
}

/**
 * Shows what the reader should know about their stored answers: a save that failed (and that this tab keeps them), and
 * answers stored earlier that could not be read (kept aside, with download and delete).
 */
export function showStorageNotice(root: Element, t: Translate, state: { problem: StoreProblem | undefined; unreadable: Unreadable | undefined }): void {
  const { problem, unreadable } = state;
  setText(part(root, '[data-save-problem]'), problem ? t(`selfCheck.storage.${problem}`) : '');
  setText(part(root, '[data-kept]'), unreadable ? t('selfCheck.storage.unreadable', { reason: t(`selfCheck.storage.reason.${unreadable}`) }) : '');
  const actions = part(root, '[data-kept-actions]');
  if (actions) actions.hidden = !unreadable;
  const box = part(root, '[data-storage-box]');
  if (box) box.hidden = !problem && !unreadable;
}
