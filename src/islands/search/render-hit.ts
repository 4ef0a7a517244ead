import { getLanguageTag, type Locale } from '../../lib/locales.ts';
import type { SearchHit } from '../../lib/search/results.ts';
import type { Translate } from '../../lib/translate.ts';

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/**
 * Renders one result as a list item: a link (position, title), the language if it is not the reader's, the excerpt with
 * the matched words marked, the alias that led here if any, the same page in the other language when it matched too, and
 * for another language's hit a link to the same place in the reader's language.
 * Everything is text nodes: nothing from the index or the query is ever parsed as HTML.
 */
export function renderHit(hit: SearchHit, pageLocale: Locale, t: Translate): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  const foreign = hit.locale !== pageLocale;

  const link = document.createElement('a');
  link.className = 'search-hit__link';
  link.href = hit.href;
  link.lang = getLanguageTag(hit.locale);
  const label = {
    mistake: () => t('search.mistake', { number: hit.number ?? 0 }),
    introduction: () => t('search.introduction'),
    glossary: () => t('search.glossary'),
  }[hit.kind]();
  const position = span('search-hit__position', label);
  position.lang = getLanguageTag(pageLocale);
  link.append(position, span('search-hit__title', hit.title));
  item.append(link);
  if (foreign) item.append(span('search-hit__language', t(`search.language.${hit.locale}`)));

  const excerpt = document.createElement('p');
  excerpt.className = 'search-hit__excerpt';
  excerpt.lang = getLanguageTag(hit.locale);
  for (const part of hit.excerpt) {
    if (!part.marked) {
      excerpt.append(part.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    excerpt.append(mark);
  }
  item.append(excerpt);

  if (hit.alias) {
    // The reader's words are not on the page: say which of the page's terms they stand for (that term is highlighted there).
    const note = span('search-hit__alias', t('search.matchedAlias', { words: hit.alias.words, term: hit.alias.term }));
    note.lang = getLanguageTag(hit.locale);
    item.append(note);
  }
  if (hit.also) {
    const also = document.createElement('a');
    also.className = 'search-hit__also';
    also.href = hit.also.href;
    also.hreflang = getLanguageTag(hit.also.locale);
    also.textContent = t(`search.also.${hit.also.locale}`);
    item.append(' ', also);
  }

  if (foreign) {
    const counterpart = document.createElement('a');
    counterpart.className = 'search-hit__counterpart';
    counterpart.href = hit.counterpartHref;
    counterpart.textContent = t('search.counterpart');
    item.append(counterpart);
  }
  return item;
}
