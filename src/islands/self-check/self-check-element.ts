import { decodeAnswers, readShareCode } from '../../lib/self-check/share-code.ts';
import { answerStore, storageKey } from '../../lib/self-check/answer-store.ts';
import { isAnswer, type Answer, type Answers } from '../../lib/self-check/scoring.ts';
import { stampAfter, toPresent } from '../../lib/storage/merge-changes.ts';
import type { StoreProblem } from '../../lib/storage/storage-access.ts';
import type { Translate } from '../../lib/translate.ts';
import { readIslandJson, readIslandLanguage } from '../island-data.ts';
import { downloadText, toKeptFileName } from '../storage/download-text.ts';
import { KeptStore } from '../storage/kept-store.ts';
import { copyShareLink } from './copy-share-link.ts';
import { checkAnswers, readChecked, readQuestions, type IslandQuestion } from './question-fields.ts';
import { renderResult, type MistakeLink } from './self-check-result.ts';
import { showShareNotice, showStorageNotice } from './self-check-notices.ts';

/**
 * `<kb-self-check>`: enhances the server-rendered checklist (fieldsets of radio buttons) with
 * scoring, a live result, answers kept in localStorage, share links and clearing.
 */
class SelfCheckElement extends HTMLElement {
  #t: Translate = (key) => key;
  #questions: IslandQuestion[] = [];
  #mistakes = new Map<string, MistakeLink>();
  #keeper: KeptStore<Answer> | undefined;
  /** Someone else's answers from a share link: shown, never saved, until the reader starts from them or from their own. */
  #shared: Answers | undefined;
  /** The last failed save, said once until a save works again. */
  #problem: StoreProblem | undefined;

  connectedCallback(): void {
    if (this.#questions.length > 0) return;
    this.#t = readIslandLanguage(this).t;
    for (const mistake of readIslandJson<MistakeLink[]>(this.dataset.mistakes, [])) this.#mistakes.set(mistake.slug, mistake);
    this.#questions = readQuestions(this);
    // Another tab (a mistake page, the self-check) changed the stored answers: show them, unless showing a share link.
    this.#keeper = new KeptStore(answerStore, () => {
      this.#showStorage();
      if (this.#shared === undefined) this.#show();
    });
    this.addEventListener('change', (event) => this.#onChange(event));
    this.addEventListener('click', (event) => this.#onClick(event));
    if (this.#isPage) window.addEventListener('hashchange', () => this.#load());
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-result]')) hidden.hidden = false;
    // Radio buttons work before this script arrives: keep what the reader chose meanwhile.
    const early = readChecked(this.#questions);
    this.#load();
    this.#showStorage();
    if (early.length > 0) this.#choose(early);
  }

  get #isPage(): boolean {
    return this.dataset.variant === 'page';
  }

  get #ids(): string[] {
    return this.#questions.map((question) => question.id);
  }

  get #answers(): Answers {
    return this.#shared ?? toPresent(this.#keeper?.changes ?? {});
  }

  /** Shows the answers of a share link in the URL, else the reader's own; `message` leads the announced result. */
  #load(message = ''): void {
    const code = this.#isPage ? readShareCode(location.hash) : undefined;
    const decoded = code === undefined ? undefined : decodeAnswers(this.#ids, code);
    this.#shared = decoded?.ok ? decoded.answers : undefined;
    if (decoded === undefined) showShareNotice(this, '', false);
    else if (decoded.ok) showShareNotice(this, this.#t('selfCheck.notice.shared'), true);
    else showShareNotice(this, this.#t('selfCheck.notice.invalid', { reason: this.#t(`selfCheck.problem.${decoded.problem}`) }), false);
    this.#show(message);
  }

  #show(message = ''): void {
    const answers = this.#answers;
    checkAnswers(this.#questions, answers);
    renderResult(this, { questions: this.#questions, answers, mistakes: this.#mistakes, page: this.#isPage, message }, this.#t);
  }

  #onChange(event: Event): void {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !isAnswer(input.value)) return;
    if (this.#questions.some((question) => question.id === input.name)) this.#choose([{ id: input.name, answer: input.value }]);
  }

  /** Records the reader's answers: their own are saved; a change to shared answers is shown and not saved. */
  #choose(choices: { id: string; answer: Answer }[]): void {
    const chosen = Object.fromEntries(choices.map(({ id, answer }) => [id, answer]));
    if (this.#shared) {
      this.#shared = { ...this.#shared, ...chosen };
      showShareNotice(this, this.#t('selfCheck.notice.sharedChanged'), true);
    } else this.#save(chosen);
    this.#show();
  }

  /** Saves changes to the reader's own answers (undefined clears one), each newer than what is known of it; says a failed save once. */
  #save(answers: Record<string, Answer | undefined>): void {
    const known = this.#keeper?.changes ?? {};
    const now = Date.now();
    const problem = this.#keeper?.apply(Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { at: stampAfter(known, id, now), value }])));
    if (problem !== this.#problem) {
      this.#problem = problem;
      this.#showStorage();
    }
  }

  #showStorage(): void {
    showStorageNotice(this, this.#t, { problem: this.#problem, unreadable: this.#keeper?.unreadable });
  }

  /** Leaves a share link's view for the reader's own answers; `adopt` first makes the shared answers theirs, whole. */
  #leaveShared(adopt: boolean): void {
    const shared = this.#shared ?? {};
    this.#shared = undefined;
    if (adopt) this.#save(Object.fromEntries(this.#ids.map((id) => [id, shared[id]])));
    history.replaceState(null, '', location.pathname + location.search);
    showShareNotice(this, '', false);
    this.#show(adopt ? this.#t('selfCheck.adopted') : '');
    // The notice and its buttons are gone: the reader goes on at the first question.
    this.#questions[0]?.fieldset.querySelector<HTMLInputElement>('input:checked, input')?.focus();
  }

  #onClick(event: Event): void {
    const target = event.target instanceof Element ? event.target.closest('button, a') : null;
    if (!target) return;
    if (target.hasAttribute('data-clear')) {
      this.#save(Object.fromEntries([...this.#ids, ...Object.keys(this.#keeper?.changes ?? {})].map((id) => [id, undefined])));
      if (readShareCode(location.hash) !== undefined) history.replaceState(null, '', location.pathname + location.search);
      this.#load(this.#t('selfCheck.cleared'));
    } else if (target.hasAttribute('data-own')) this.#leaveShared(false);
    else if (target.hasAttribute('data-adopt')) this.#leaveShared(true);
    else if (target.hasAttribute('data-download-kept')) {
      const text = this.#keeper?.unreadableText;
      if (text !== undefined) downloadText(toKeptFileName(storageKey), text);
    } else if (target.hasAttribute('data-forget-kept')) {
      this.#keeper?.forgetUnreadable();
      this.#showStorage();
    } else if (target instanceof HTMLButtonElement && target.hasAttribute('data-copy')) copyShareLink(this, target, this.#t);
  }
}

if (!customElements.get('kb-self-check')) customElements.define('kb-self-check', SelfCheckElement);
