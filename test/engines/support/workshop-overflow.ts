// The room's "no sideways scrolling" check, for the three engines (test/engines/specs/workshop-overflow.spec.ts). The
// in-page functions are sent as source: each uses only its argument and the page's globals.
import { makeAnswerSets, readSelfCheck, toShareLink } from '../../support/workshop-answers.ts';

/** From the narrowest phone to a laptop. */
export const overflowWidths = [320, 390, 768, 1280] as const;

/** The room's states, each reached from the one before (see enterRoomState). */
export const roomStates = ['empty', 'pasted: report, chart and tables', 'every reported line shown', 'presenter view', 'presenter view, all mistakes'] as const;
export type RoomState = (typeof roomStates)[number];

/** A chat that makes every kind of line: links from here, the same answers twice, another site, and long unbroken text. */
export function makeOverflowPaste(origin: string): string {
  const { questions } = readSelfCheck('en');
  const links = makeAnswerSets(questions, 6).map((answers, index) => toShareLink(origin, index % 2 ? 'zh' : 'en', questions, answers));
  return [
    ...links,
    links[0] ?? '',
    toShareLink('https://other-kb.example.org', 'en', questions, makeAnswerSets(questions, 7)[6] ?? {}),
    `https://example.org/${'a'.repeat(300)}`,
    '我'.repeat(200),
    `<b>${'x'.repeat(400)}</b>`,
    ...Array.from({ length: 8 }, (_, index) => `line-${index}-${'-'.repeat(150)}`),
  ].join('\n');
}

/** Runs in the page: brings the room from the state before to `state`; resolves once it shows. */
export async function enterRoomState({ state, text }: { state: string; text: string }): Promise<void> {
  const until = async (done: () => boolean) => {
    for (let tries = 0; !done(); tries += 1) {
      if (tries > 200) throw new Error(`the room did not reach "${state}"`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const button = (selector: string) => document.querySelector<HTMLButtonElement>(selector);
  if (state.startsWith('pasted')) {
    const field = document.querySelector<HTMLTextAreaElement>('[data-paste]');
    if (field) field.value = text;
    button('[data-action="paste"]')?.click(); // before the island loads, the loader replays this click
    await until(() => document.querySelector('[data-report] details') !== null && document.querySelector<HTMLElement>('[data-summary]')?.hidden === false);
  } else if (state.startsWith('every')) {
    for (const details of document.querySelectorAll('[data-report] details')) (details as HTMLDetailsElement).open = true;
    for (const more of document.querySelectorAll<HTMLButtonElement>('[data-report] details > button, [data-held-view] li > button:not([data-action])'))
      more.click();
  } else if (state === 'presenter view') {
    button('[data-action="present"]')?.click();
    await until(() => document.querySelector<HTMLDialogElement>('dialog[data-presenter]')?.open === true);
  } else if (state.startsWith('presenter view,')) {
    button('[data-present="all"]')?.click();
    await until(() => document.querySelector('.workshop-presenter__list') !== null);
  }
}

/** Runs in the page: what is wider than the window (the page, or the presenter view), with the widest elements named. */
export function findSidewaysScrolling(): string[] {
  const root = document.documentElement;
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-presenter]');
  const boxes: [string, Element][] = [['page', root], ...(dialog?.open ? [['presenter view', dialog] as [string, Element]] : [])];
  const name = (element: Element) =>
    `${element.localName}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}`;
  return boxes
    .filter(([, box]) => box.scrollWidth > box.clientWidth + 1)
    .map(([label, box]) => {
      // The culprits: elements reaching past the window, except inside a box that scrolls on purpose (a wide table).
      const wide = [...box.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1 && !element.closest('.workshop__scroll'))
        .slice(-3)
        .map(name);
      return `${label} ${box.scrollWidth} px wide in ${box.clientWidth} (${wide.join(', ')})`;
    });
}
