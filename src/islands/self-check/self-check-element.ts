import { clearAnswers, getStorage, loadAnswers, saveAnswers } from '../../lib/self-check/answer-store.ts';
import { decodeAnswers, readShareCode, toShareHash } from '../../lib/self-check/share-code.ts';
import { isAnswer, scoreAnswers, type Answer, type Answers } from '../../lib/self-check/scoring.ts';
import type { Translate } from '../../lib/translate.ts';
import { readIslandJson, readIslandLanguage } from '../island-data.ts';
import { describeMistake, fillList, summarise, type IslandQuestion, type MistakeLink } from './self-check-result.ts';

function part<E extends Element>(root: Element, selector: string): E | undefined {
  return root.querySelector<E>(selector) ?? undefined;
}

/**
 * `<kb-self-check>`: enhances the server-rendered checklist (fieldsets of radio buttons) with
 * scoring, a live result, answers kept in localStorage, share links and clearing.
 */
class SelfCheckElement extends HTMLElement {
  #t: Translate = (key) => key;
  #questions: IslandQuestion[] = [];
  #mistakes = new Map<string, MistakeLink>();
  #answers: Answers = {};
  /** True while showing answers from a share link: they are not saved until the reader changes one. */
  #shared = false;

  connectedCallback(): void {
    if (this.#questions.length > 0) return;
    this.#t = readIslandLanguage(this).t;
    for (const mistake of readIslandJson<MistakeLink[]>(this.dataset.mistakes, [])) this.#mistakes.set(mistake.slug, mistake);
    this.#questions = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')].map((fieldset) => ({
      fieldset,
      id: fieldset.dataset.question ?? '',
      mistake: fieldset.dataset.mistake ?? '',
      riskyAnswer: fieldset.dataset.risky === 'yes' ? 'yes' : 'no',
      href: fieldset.dataset.href ?? '',
    }));
    this.addEventListener('change', (event) => this.#onChange(event));
    this.addEventListener('click', (event) => this.#onClick(event));
    if (this.#isPage) window.addEventListener('hashchange', () => this.#load());
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-result]')) hidden.hidden = false;
    // Radio buttons work before this script arrives: keep what the reader chose meanwhile.
    const early = this.#questions.flatMap((question) => {
      const value = question.fieldset.querySelector<HTMLInputElement>('input:checked')?.value;
      return isAnswer(value) ? [{ id: question.id, answer: value }] : [];
    });
    this.#load();
    if (early.length > 0) this.#choose(early);
  }

  get #isPage(): boolean {
    return this.dataset.variant === 'page';
  }

  get #ids(): string[] {
    return this.#questions.map((question) => question.id);
  }

  /** Shows the answers of a share link in the URL, else the reader's own; `message` leads the announced result. */
  #load(message = ''): void {
    const stored = loadAnswers(getStorage());
    const code = this.#isPage ? readShareCode(location.hash) : undefined;
    const decoded = code === undefined ? undefined : decodeAnswers(this.#ids, code);
    this.#shared = decoded?.ok === true;
    this.#answers = decoded?.ok ? decoded.answers : stored;
    if (decoded === undefined) this.#notify('');
    else if (decoded.ok) this.#notify(this.#t('selfCheck.notice.shared'));
    else this.#notify(this.#t('selfCheck.notice.invalid', { reason: this.#t(`selfCheck.problem.${decoded.problem}`) }));
    this.#showChecked();
    this.#render(message);
  }

  #showChecked(): void {
    for (const question of this.#questions) {
      for (const input of question.fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.checked = input.value === this.#answers[question.id];
    }
  }

  #onChange(event: Event): void {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !isAnswer(input.value)) return;
    if (this.#questions.some((question) => question.id === input.name)) this.#choose([{ id: input.name, answer: input.value }]);
  }

  /** Records the reader's answers, saves them, and updates radios and result. */
  #choose(choices: { id: string; answer: Answer }[]): void {
    this.#answers = { ...this.#answers, ...Object.fromEntries(choices.map(({ id, answer }) => [id, answer])) };
    if (this.#shared) {
      // Changing a shared answer makes the whole set the reader's own.
      this.#shared = false;
      this.#notify('');
      history.replaceState(null, '', location.pathname + location.search);
    }
    const storage = getStorage();
    saveAnswers(storage, { ...loadAnswers(storage), ...this.#answers });
    this.#showChecked();
    this.#render();
  }

  #onClick(event: Event): void {
    const target = event.target instanceof Element ? event.target.closest('button, a') : null;
    if (target?.hasAttribute('data-clear')) {
      clearAnswers(getStorage());
      if (readShareCode(location.hash) !== undefined) history.replaceState(null, '', location.pathname + location.search);
      this.#load(this.#t('selfCheck.cleared'));
    } else if (target instanceof HTMLButtonElement && target.hasAttribute('data-copy')) {
      const link = part<HTMLAnchorElement>(this, '[data-share]');
      if (link) {
        navigator.clipboard.writeText(link.href).then(
          () => this.#flash(target, this.#t('selfCheck.copied')),
          () => link.focus(), // No clipboard permission: the link is there to copy by hand.
        );
      }
    }
  }

  /** Shows a confirmation on a button for a moment. */
  #flash(button: HTMLButtonElement, text: string): void {
    const label = button.textContent;
    button.textContent = text;
    setTimeout(() => {
      button.textContent = label;
    }, 2000);
  }

  #notify(text: string): void {
    const notice = part<HTMLElement>(this, '[data-notice]');
    if (!notice) return;
    notice.textContent = text;
    notice.hidden = text === '';
  }

  #announce(text: string): void {
    const status = part<HTMLElement>(this, '[data-status]');
    if (status) status.textContent = text;
  }

  #render(message = ''): void {
    const score = scoreAnswers(this.#questions, this.#answers);
    const result = this.#isPage ? summarise(score, this.#t) : describeMistake(score.mistakes[0], this.#t);
    this.#announce(message ? `${message} ${result}` : result);
    if (!this.#isPage) return;
    for (const [name, scores] of [['risks', score.atRisk], ['checks', score.toCheck]] as const) {
      const list = part<HTMLElement>(this, `[data-${name}]`);
      const heading = part<HTMLElement>(this, `[data-${name}-heading]`);
      if (list && heading) fillList(list, heading, scores, this.#questions, this.#mistakes);
    }
    const share = part<HTMLAnchorElement>(this, '[data-share]');
    if (share) share.href = `${location.pathname}${toShareHash(this.#ids, this.#answers)}`;
  }
}

if (!customElements.get('kb-self-check')) customElements.define('kb-self-check', SelfCheckElement);
