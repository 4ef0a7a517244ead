import { describe, expect, it } from 'vitest';
import { getRoomIslandData } from '../../src/lib/workshop/room-island-data.ts';
import { getRoomQuestions } from '../../src/lib/workshop/room-questions.ts';
import type { MistakeData } from '../../src/lib/content-schema.ts';
import { readContentTree, fixturesDir } from '../support/content-fixtures.ts';

const { files } = readContentTree(`${fixturesDir}valid`);
const fixture = files.mistakes.filter((file) => file.id.startsWith('zh/')).map((file) => file.data);
// One question without a paragraph: it links to its mistake page as a whole.
const zh: MistakeData[] = fixture.map((mistake, index) =>
  index === 0 ? { ...mistake, selfCheck: mistake.selfCheck.map(({ paragraph: _, ...question }) => question) } : mistake,
);

describe('getRoomIslandData', () => {
  const data = getRoomIslandData('zh', zh, (number, title) => `问题${number}: ${title}`);

  it('gives the questions in share-code order, each with the link that addresses it', () => {
    expect(data.questions.filter(({ href }) => href.includes('#')).length).toBeGreaterThan(0);
    expect(data.questions.filter(({ href }) => !href.includes('#')).length).toBeGreaterThan(0);
    expect(data.questions.map(({ id }) => id)).toEqual(getRoomQuestions(zh).map(({ id }) => id));
    for (const question of data.questions) {
      const mistake = zh.find((entry) => entry.slug === question.mistake);
      const paragraph = mistake?.selfCheck.find((entry) => entry.id === question.id)?.paragraph;
      expect(question.href).toBe(`/zh/mistakes/${question.mistake}/${paragraph ? `#${paragraph}` : ''}`);
    }
  });

  it('labels the mistakes in the reader’s language, by number', () => {
    expect(data.mistakes.map(({ number }) => number)).toEqual([...zh.map(({ number }) => number)].sort((a, b) => a - b));
    const first = data.mistakes[0];
    const source = zh.find((entry) => entry.slug === first?.slug);
    expect(first).toEqual({
      slug: source?.slug,
      number: source?.number,
      title: source?.title,
      label: `问题${source?.number}: ${source?.title}`,
      href: `/zh/mistakes/${source?.slug}/`,
    });
  });
});
