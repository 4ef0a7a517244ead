import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { expectRoom, makeAnswerSets, readSelfCheck, toShareLink } from './workshop-answers.ts';

// The workshop room's e2e (test/e2e/workshop*.test.ts) fill one room from the fixture site's self-check.
export const baseUrl = inject('fixtureUrl');
export const { questions, titles } = readSelfCheck('en');
export const ids = questions.map(({ id }) => id);

// Thirty participants, answering in both languages, from this site and another deployment, pasted as chats write them.
export const room = makeAnswerSets(questions, 30);
export const locales = room.map((_, index) => (index % 2 ? 'zh' : 'en'));
export const lines = room.map((answers, index) => {
  const link = toShareLink(index % 3 === 0 ? 'https://kb.example.org/kb' : baseUrl, locales[index] ?? 'en', questions, answers);
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
