/** Returns the address of the current page without its fragment: the link a trainer shares. */
export function getPageUrl(loc: Pick<Location, 'href'>): string {
  return loc.href.split('#')[0] ?? loc.href;
}

/**
 * `<kb-copy-link>`: a "copy link" button for the current page. Copies with the Clipboard API;
 * where that is missing or refused (old browsers, plain http, a denied permission) it shows the
 * address in a read-only field, selected, to copy by hand. Announces the outcome in its status region.
 * Strings come from `data-copied` and `data-fallback`, rendered server-side.
 */
export class CopyLink extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    // Without JavaScript the button could do nothing, so the markup ships it hidden.
    button.hidden = false;
    button.addEventListener('click', () => void this.copy());
  }

  async copy(): Promise<void> {
    const url = getPageUrl(window.location);
    try {
      // Throws when the API is missing (old browser, insecure origin); rejects when permission is denied.
      await navigator.clipboard.writeText(url);
      this.announce(this.dataset.copied);
    } catch {
      this.showField(url);
    }
  }

  private showField(url: string): void {
    const field = this.querySelector<HTMLElement>('.copy-link__field');
    const input = this.querySelector('input');
    if (!field || !input) return;
    field.hidden = false;
    input.value = url;
    input.focus();
    input.select();
    this.announce(this.dataset.fallback);
  }

  private announce(message = ''): void {
    const status = this.querySelector('[role="status"]');
    // Cleared first, so that the same message announced twice is heard twice.
    if (status) status.textContent = '';
    window.setTimeout(() => {
      if (status) status.textContent = message;
    }, 50);
  }
}
