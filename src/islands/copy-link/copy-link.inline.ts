// Inline, not a lazy island: Safari lets a page write to the clipboard only inside the reader's own click, and a click
// replayed after the module arrived is not theirs (WebKit then fell back to the field on every first click).
/**
 * `<kb-copy-link>`: a "copy link" button for the current page. Copies the address without its fragment with the
 * Clipboard API; where that is missing or refused (old browsers, plain http, a denied permission) it shows the
 * address in a read-only field, selected, to copy by hand. Announces the outcome in its status region.
 * Strings come from `data-copied` and `data-fallback`, rendered at build time.
 */
class CopyLinkElement extends HTMLElement {
  #connected = false;

  connectedCallback(): void {
    if (this.#connected) return;
    this.#connected = true;
    this.querySelector('button')?.addEventListener('click', () => void this.#copy());
  }

  async #copy(): Promise<void> {
    const url = window.location.href.split('#')[0] ?? window.location.href;
    try {
      // Throws when the API is missing (old browser, insecure origin); rejects when permission is denied.
      await navigator.clipboard.writeText(url);
      this.#announce(this.dataset.copied);
    } catch {
      this.#showField(url);
    }
  }

  #showField(url: string): void {
    const field = this.querySelector<HTMLElement>('.copy-link__field');
    const input = this.querySelector('input');
    if (!field || !input) return;
    field.hidden = false;
    input.value = url;
    input.focus();
    input.select();
    this.#announce(this.dataset.fallback);
  }

  #announce(message = ''): void {
    const status = this.querySelector('[role="status"]');
    if (!status) return;
    // Cleared first, so that the same message announced twice is heard twice.
    status.textContent = '';
    window.setTimeout(() => {
      status.textContent = message;
    }, 50);
  }
}

if (!customElements.get('kb-copy-link')) customElements.define('kb-copy-link', CopyLinkElement);
