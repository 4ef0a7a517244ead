import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { Locale } from '../../src/lib/locales.ts';
import { fixtureContentDir } from './fixture-site.ts';
import { readSiteContent, type SiteMistake } from './site-content.ts';

/**
 * The fixture site's content (test/fixtures/site/): what specs expect on its pages (titles, counts, paragraph text,
 * questions) comes from here, so that editing the fixture means editing no spec.
 */
export const fixture = readSiteContent(fixtureContentDir);

/** Words the fixture holds for search; test/build/fixture-site.test.ts checks each promise below. */
export const searchWords = {
  /** In the text of exactly one English mistake. */
  en: 'lighthouse',
  /** In the text of exactly one Chinese mistake, another one than `en`'s. */
  zh: '风筝',
  /** The Chinese for `en`, in the same mistake only. */
  zhTwinOfEn: '灯塔',
  /** A Chinese phrase that occurs three or more times in one mistake, for the highlight test. */
  zhPhrase: '潮汐记录',
  /** In no mistake of any language. */
  nowhere: 'xylophone',
} as const;

/** The one fixture mistake a word occurs in, and the first paragraph holding it; throws unless there is exactly one. */
export function findUniqueWord(locale: Locale, word: string): { mistake: SiteMistake; paragraph: string } {
  const found = fixture.findWord(locale, word);
  const [only] = found;
  if (found.length !== 1 || !only?.paragraph)
    throw new Error(`"${word}" must occur in the text of exactly one ${locale} fixture mistake; found ${found.length}`);
  return { mistake: only.mistake, paragraph: only.paragraph };
}

/** The ids of the fixture's glossary terms (content/glossary.yaml), in order: each is its entry's anchor. */
export const fixtureGlossaryIds = (load(readFileSync(`${fixtureContentDir}glossary.yaml`, 'utf8')) as { id: string }[]).map((term) => term.id);
