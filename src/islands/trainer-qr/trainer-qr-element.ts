import { toQrSvg } from '../../lib/qr-code.ts';

/**
 * `<kb-trainer-qr>`: "Show to the trainer" on the self-check's result. Opens a dialog with a large QR code of the
 * reader's share link, drawn here in the browser (this module, with the QR generator, loads only when the reader
 * reaches for the button), and the link itself to copy into a chat. The code follows the link while it is open,
 * so changing an answer behind the dialog never shows a stale code.
 */
class TrainerQrElement extends HTMLElement {
  #dialog: HTMLDialogElement | undefined;
  #drawn = '';
  #observer = new MutationObserver(() => this.#draw());

  connectedCallback(): void {
    if (this.#dialog) return;
    this.#dialog = this.querySelector('dialog') ?? undefined;
    this.addEventListener('click', (event) => this.#onClick(event));
    this.#dialog?.addEventListener('close', () => this.#observer.disconnect());
  }

  get #source(): HTMLAnchorElement | undefined {
    const source = document.querySelector(this.dataset.source ?? '[data-share]');
    return source instanceof HTMLAnchorElement ? source : undefined;
  }

  #onClick(event: Event): void {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button || !this.#dialog) return;
    if (button.hasAttribute('data-qr-open')) {
      this.#draw();
      const source = this.#source;
      if (source) this.#observer.observe(source, { attributes: true, attributeFilter: ['href'] });
      this.#dialog.showModal();
    } else if (button.hasAttribute('data-qr-close')) {
      this.#dialog.close();
    } else if (button.hasAttribute('data-qr-copy')) {
      void this.#copy();
    }
  }

  #draw(): void {
    const link = this.#source?.href ?? location.href;
    const code = this.querySelector('[data-qr-code]');
    const field = this.querySelector<HTMLInputElement>('[data-qr-link]');
    if (field) field.value = link;
    if (!code || link === this.#drawn) return;
    // Our own SVG string: the link is only ever drawn as modules, the label is escaped by toQrSvg.
    code.innerHTML = toQrSvg(link, { label: this.dataset.label ?? '' });
    this.#drawn = link;
  }

  async #copy(): Promise<void> {
    const field = this.querySelector<HTMLInputElement>('[data-qr-link]');
    const status = this.querySelector('[data-qr-status]');
    try {
      await navigator.clipboard.writeText(field?.value ?? '');
      if (status) status.textContent = this.dataset.copied ?? '';
    } catch {
      // No clipboard here (plain http, a refused permission): the link is selected for copying by hand.
      field?.select();
    }
  }
}

if (!customElements.get('kb-trainer-qr')) customElements.define('kb-trainer-qr', TrainerQrElement);
