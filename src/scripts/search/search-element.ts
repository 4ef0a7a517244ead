import { createClientTranslator } from '../../i18n/client.ts';
import { pickStrings } from '../../i18n/pick-strings.ts';
import { isLocale, getLanguageTag, type Locale } from '../../lib/locales.ts';
import { maxQueryLength, normalizeQuery, readSearchParams, writeSearchParams } from '../../lib/search/query.ts';
import type { SearchHit } from '../../lib/search/results.ts';
import { loadPagefind, searchBothLanguages } from './pagefind-client.ts';

/** How many results the header's panel shows; the search page shows them all. */
const panelLimit = 5;

/**
 * `<kb-search>`: enhances a server-rendered search form (see SearchBox.astro and the search page).
 * `data-mode="panel"` (header): results drop down under the box as the reader types.
 * `data-mode="page"` (search page): reads `?q=` and `?topic=` on load, keeps them in the URL, shows every result.
 * Everything the reader typed is shown with textContent, never parsed as HTML.
 */
export class SearchElement extends HTMLElement {
  #input!: HTMLInputElement;
  #topic: HTMLSelectElement | null = null;
  #panel!: HTMLElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more: HTMLAnchorElement | null = null;
  #locale: Locale = 'en';
  #base = '/';
  #t!: ReturnType<typeof createClientTranslator>;
  #sequence = 0;
  /** The query in the URL was cut: say so until the reader types. */
  #cutFromUrl = false;

  get #isPage(): boolean {
    return this.dataset.mode === 'page';
  }

  connectedCallback(): void {
    const locale = this.dataset.locale;
    this.#locale = isLocale(locale) ? locale : 'en';
    this.#base = this.dataset.base ?? '/';
    this.#t = createClientTranslator(this.#locale, pickStrings(this.#locale, 'search.'));
    this.#input = this.querySelector('input[type="search"]')!;
    this.#topic = this.querySelector('select');
    this.#panel = this.querySelector('[data-search-panel]')!;
    this.#status = this.querySelector('[data-search-status]')!;
    this.#list = this.querySelector('[data-search-results]')!;
    this.#more = this.querySelector('[data-search-more]');

    this.#input.addEventListener('input', () => {
      this.#cutFromUrl = false;
      void this.#update();
    });
    this.#topic?.addEventListener('change', () => void this.#update());
    this.addEventListener('keydown', (event) => this.#onKeydown(event));
    if (this.#isPage) {
      const { query, topic } = readSearchParams(window.location.search);
      // What the reader typed before this code arrived wins over the URL.
      if (!this.#input.value) {
        this.#input.value = query.text;
        this.#cutFromUrl = query.truncated;
      }
      if (this.#topic && [...this.#topic.options].some((option) => option.value === topic)) this.#topic.value = topic;
    } else {
      document.addEventListener('click', (event) => {
        if (!this.contains(event.target as Node)) this.#close();
      });
      this.addEventListener('focusout', (event) => {
        if (!this.contains(event.relatedTarget as Node | null) && event.relatedTarget !== null) this.#close();
      });
    }
    // This code loads when the reader focuses the box; fetch the index now, while they type their first word.
    loadPagefind(this.#base).catch(() => undefined);
    // The reader may have typed before this code arrived.
    if (this.#isPage || this.#input.value) void this.#update();
  }

  async #update(): Promise<void> {
    const sequence = ++this.#sequence;
    const { text, truncated: cut } = normalizeQuery(this.#input.value);
    const truncated = cut || this.#cutFromUrl;
    const topic = this.#topic?.value ?? '';
    if (this.#isPage) history.replaceState(history.state, '', `${window.location.pathname}${writeSearchParams(text, topic)}`);
    if (!text && !topic) {
      this.#show([], this.#isPage ? this.#t('search.prompt') : '');
      if (!this.#isPage) this.#close();
      return;
    }
    this.#open();
    this.#setStatus(this.#t('search.loading'));
    try {
      const hits = await searchBothLanguages(this.#base, this.#locale, text, topic);
      if (sequence !== this.#sequence) return; // a later keystroke has taken over
      const shown = this.#isPage ? hits : hits.slice(0, panelLimit);
      const status = hits.length === 0 ? this.#t('search.noResults', { query: text }) : this.#t('search.results', { count: hits.length, query: text });
      this.#show(shown, truncated ? `${status} ${this.#t('search.truncated', { count: maxQueryLength })}` : status);
      if (this.#more) {
        this.#more.hidden = hits.length <= panelLimit;
        this.#more.href = `${this.#more.pathname}${writeSearchParams(text, topic)}`;
      }
    } catch {
      if (sequence !== this.#sequence) return;
      this.#show([], this.#t('search.error'));
      this.#status.dataset.error = '';
    }
  }

  #setStatus(text: string): void {
    delete this.#status.dataset.error;
    this.#status.textContent = text;
  }

  #show(hits: SearchHit[], status: string): void {
    this.#setStatus(status);
    this.#list.replaceChildren(...hits.map((hit) => this.#renderHit(hit)));
  }

  #renderHit(hit: SearchHit): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-hit';
    const foreign = hit.locale !== this.#locale;

    const link = document.createElement('a');
    link.className = 'search-hit__link';
    link.href = hit.href;
    link.lang = getLanguageTag(hit.locale);
    const label = hit.number === undefined ? this.#t('search.introduction') : this.#t('search.mistake', { number: hit.number });
    const position = document.createElement('span');
    position.className = 'search-hit__position';
    position.lang = getLanguageTag(this.#locale);
    position.textContent = label;
    const title = document.createElement('span');
    title.className = 'search-hit__title';
    title.textContent = hit.title;
    link.append(position, title);
    item.append(link);

    if (foreign) {
      const language = document.createElement('span');
      language.className = 'search-hit__language';
      language.textContent = this.#t(`search.language.${hit.locale}`);
      item.append(language);
    }

    const excerpt = document.createElement('p');
    excerpt.className = 'search-hit__excerpt';
    excerpt.lang = getLanguageTag(hit.locale);
    for (const part of hit.excerpt) {
      if (part.marked) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else {
        excerpt.append(part.text);
      }
    }
    item.append(excerpt);

    if (foreign) {
      const counterpart = document.createElement('a');
      counterpart.className = 'search-hit__counterpart';
      counterpart.href = hit.counterpartHref;
      counterpart.textContent = this.#t('search.counterpart');
      item.append(counterpart);
    }
    return item;
  }

  #open(): void {
    this.#panel.hidden = false;
  }

  #close(): void {
    if (this.#isPage) return;
    this.#panel.hidden = true;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && !this.#isPage && !this.#panel.hidden) {
      this.#close();
      this.#input.focus();
      event.preventDefault();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.#list.querySelectorAll<HTMLAnchorElement>('a.search-hit__link')];
    if (links.length === 0) return;
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? current + 1 : current - 1;
    if (next < 0) this.#input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
    event.preventDefault();
  }
}

if (!customElements.get('kb-search')) customElements.define('kb-search', SearchElement);
