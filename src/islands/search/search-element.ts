import { defaultLocale, type Locale } from '../../lib/locales.ts';
import { maxQueryLength, normalizeQuery, readSearchParams, writeSearchParams } from '../../lib/search/query.ts';
import { wholeIndexAttribute } from '../../lib/search/bundle-path.ts';
import type { SearchHit } from '../../lib/search/results.ts';
import type { Translate } from '../../lib/translate.ts';
import { readIslandLanguage } from '../island-data.ts';
import { searchAllLanguages } from './pagefind-client.ts';
import { prepareSearch } from './pagefind-runtime.ts';
import { describeOutcome } from './status-line.ts';
import { renderHit } from './render-hit.ts';
import { onArrowKeys } from './search-keys.ts';

/** How many results the header's panel shows; the search page shows them all. */
const panelLimit = 5;

function part<E extends Element>(root: Element, selector: string): E {
  const found = root.querySelector<E>(selector);
  if (!found) throw new Error(`kb-search: its markup has no ${selector}`);
  return found;
}

/**
 * `<kb-search>`: enhances the server-rendered search form (SearchBox.astro).
 * `data-mode="panel"` (header): results drop down under the box as the reader types.
 * `data-mode="page"` (search page): reads `?q=` and `?topic=` on load, keeps them in the URL, shows every result.
 */
class SearchElement extends HTMLElement {
  #input!: HTMLInputElement;
  #topic: HTMLSelectElement | null = null;
  #panel!: HTMLElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more: HTMLAnchorElement | null = null;
  #locale: Locale = defaultLocale;
  #t: Translate = (key) => key;
  #sequence = 0;
  #connected = false;
  /** The query in the URL was cut: say so until the reader types. */
  #cutFromUrl = false;
  /** The URL declined a correction ("search instead for …"): search the words as typed until the reader types. */
  #verbatim = false;

  get #isPage(): boolean {
    return this.dataset.mode === 'page';
  }

  connectedCallback(): void {
    if (this.#connected) return;
    this.#connected = true;
    ({ locale: this.#locale, t: this.#t } = readIslandLanguage(this));
    this.#input = part(this, 'input[type="search"]');
    this.#topic = this.querySelector('select');
    this.#panel = part(this, '[data-search-panel]');
    this.#status = part(this, '[data-search-status]');
    this.#list = part(this, '[data-search-results]');
    this.#more = this.querySelector('[data-search-more]');

    this.#input.addEventListener('input', () => {
      this.#cutFromUrl = false;
      this.#verbatim = false;
      void this.#update();
    });
    this.#topic?.addEventListener('change', () => void this.#update());
    this.addEventListener('keydown', (event) => this.#onKeydown(event));
    if (this.#isPage) this.#readUrl();
    else this.#closeWhenLeft();
    // This code loads when the reader reaches for the box: fetch their language's index now, while they type.
    prepareSearch(this.#locale, { wholeIndex: this.hasAttribute(wholeIndexAttribute) }).catch(() => undefined);
    // The reader may have typed before this code arrived.
    if (this.#isPage || this.#input.value) void this.#update();
  }

  #readUrl(): void {
    const { query, topic, verbatim } = readSearchParams(window.location.search);
    // What the reader typed before this code arrived wins over the URL.
    if (!this.#input.value) {
      this.#input.value = query.text;
      this.#cutFromUrl = query.truncated;
      this.#verbatim = verbatim;
    }
    if (this.#topic && [...this.#topic.options].some((option) => option.value === topic)) this.#topic.value = topic;
  }

  #closeWhenLeft(): void {
    document.addEventListener('click', (event) => {
      if (!this.contains(event.target as Node)) this.#close();
    });
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null) && event.relatedTarget !== null) this.#close();
    });
  }

  async #update(): Promise<void> {
    const sequence = ++this.#sequence;
    const { text, truncated: cut } = normalizeQuery(this.#input.value);
    const truncated = cut || this.#cutFromUrl;
    const topic = this.#topic?.value ?? '';
    // The URL keeps what the reader typed, never a correction of it.
    if (this.#isPage) history.replaceState(history.state, '', `${window.location.pathname}${writeSearchParams(text, topic, { verbatim: this.#verbatim })}`);
    if (!text && !topic) {
      this.#show([], [this.#isPage ? this.#t('search.prompt') : '']);
      this.#close();
      return;
    }
    this.#panel.hidden = false;
    this.#setStatus([this.#t('search.loading')]);
    try {
      const outcome = await searchAllLanguages(this.#locale, text, topic, { verbatim: this.#verbatim });
      if (sequence !== this.#sequence) return; // a later keystroke has taken over
      const topicLabel = this.#topic?.selectedOptions[0]?.textContent?.trim() ?? topic;
      const status = describeOutcome(outcome, { text, topic, topicLabel, searchPage: this.#searchPagePath() }, this.#t);
      if (truncated) status.push(' ', this.#t('search.truncated', { count: maxQueryLength }));
      const { hits } = outcome;
      this.#show(this.#isPage ? hits : hits.slice(0, panelLimit), status);
      if (this.#more) {
        this.#more.hidden = hits.length <= panelLimit;
        this.#more.href = `${this.#more.pathname}${writeSearchParams(text, topic)}`;
      }
    } catch {
      if (sequence !== this.#sequence) return;
      // The dev server serves the last build's index (src/integrations/dev-search-index.ts): its absence is no network fault.
      this.#show([], [this.#t(import.meta.env.DEV ? 'search.devError' : 'search.error')]);
      this.#status.dataset.error = '';
    }
  }

  /** The search page of the reader's language: this page, or where the header's form sends its query. */
  #searchPagePath(): string {
    if (this.#isPage) return window.location.pathname;
    return new URL(this.querySelector('form')?.action ?? window.location.href).pathname;
  }

  #setStatus(parts: (string | Node)[]): void {
    delete this.#status.dataset.error;
    this.#status.replaceChildren(...parts.filter((part) => part !== ''));
  }

  #show(hits: SearchHit[], status: (string | Node)[]): void {
    this.#setStatus(status);
    this.#list.replaceChildren(...hits.map((hit) => renderHit(hit, this.#locale, this.#t)));
  }

  #close(): void {
    if (!this.#isPage) this.#panel.hidden = true;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && !this.#isPage && !this.#panel.hidden) {
      this.#close();
      this.#input.focus();
      event.preventDefault();
      return;
    }
    onArrowKeys(event, this.#input, this.#list);
  }
}

if (!customElements.get('kb-search')) customElements.define('kb-search', SearchElement);
