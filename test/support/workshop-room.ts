import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { expectRoom, makeAnswerSets, readSelfCheck, toShareLink } from './workshop-answers.ts';

// The workshop room's e2e (test/e2e/workshop*.test.ts) fill one room from the fixture site's self-check.
export const baseUrl = inject('fixtureUrl');
export const { questions, titles } = readSelfCheck('en');
export const ids = questions.map(({ id }) => id);

/** The address the fixture site was built for (SITE_URL unset): its links are this site's too, wherever it is served. */
export const builtOrigin = 'http://localhost:4321';

// Thirty participants, answering in both languages, from the address the site was built for and the one serving it,
// pasted as chats write them.
export const room = makeAnswerSets(questions, 30);
export const locales = room.map((_, index) => (index % 2 ? 'zh' : 'en'));
export const lines = room.map((answers, index) => {
  const link = toShareLink(index % 3 === 0 ? builtOrigin : baseUrl, locales[index] ?? 'en', questions, answers);
  return [link, `Wang Fang: ${link}`, link, `<${link}>`][index % 4] ?? link;
});
export const expected = expectRoom(questions, room);
export const label = (slug: string) => `Mistake ${questions.find((question) => question.mistake === slug)?.number}: ${titles.get(slug)}`;

/** Pastes text into the room's field and adds it, as a trainer does. */
export async function paste(page: Page, text: string): Promise<void> {
  await page.getByLabel('Paste share links, one per line').fill(text);
  await page.getByRole('button', { name: 'Add to the room' }).click();
}

export const count = (page: Page) => page.locator('[data-room-count]').textContent();
export const report = (page: Page) => page.locator('[data-report]');
