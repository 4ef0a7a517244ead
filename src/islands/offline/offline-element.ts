import { Workbox } from 'workbox-window';
import { pathWithBase } from '../../lib/base-path.ts';

type Notice = 'ready' | 'update' | 'offer';

/** Readers who asked their browser to save data (`Save-Data`, data saver modes) get the offline copy only when they ask. */
function isSavingData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}

/**
 * `<kb-offline-notices>`: registers the service worker (written by src/integrations/service-worker.ts) and tells the
 * reader, in this live region, when the site is ready offline and when a new version is waiting. The new version takes
 * over only when the reader chooses to reload, so no page ever mixes two deployments.
 */
class OfflineNoticesElement extends HTMLElement {
  #workbox: Workbox | undefined;

  connectedCallback(): void {
    if (this.#workbox || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    const base = pathWithBase('/');
    this.#workbox = new Workbox(`${base}sw.js`, { scope: base });
    this.#workbox.addEventListener('installed', (event) => {
      if (!event.isUpdate) this.#show('ready');
    });
    this.#workbox.addEventListener('waiting', () => this.#onUpdateWaiting());
    if (isSavingData() && !navigator.serviceWorker.controller) {
      this.#show('offer')?.querySelector('button')?.addEventListener('click', () => this.#register(), { once: true });
    } else {
      this.#register();
    }
  }

  #register(): void {
    // The offline copy is an extra: where the browser refuses a worker (some private modes), the site works as before.
    this.#workbox?.register().catch(() => undefined);
  }

  #onUpdateWaiting(): void {
    this.#show('update')?.querySelector('button')?.addEventListener('click', () => {
      this.#workbox?.addEventListener('controlling', () => window.location.reload());
      this.#workbox?.messageSkipWaiting();
    });
  }

  #show(name: Notice): HTMLElement | undefined {
    const template = this.querySelector<HTMLTemplateElement>(`template[data-notice="${name}"]`);
    const notice = template?.content.firstElementChild?.cloneNode(true);
    if (!(notice instanceof HTMLElement)) return undefined;
    this.querySelector('[data-notice-shown]')?.remove();
    notice.dataset.noticeShown = name;
    this.append(notice);
    return notice;
  }
}

if (!customElements.get('kb-offline-notices')) customElements.define('kb-offline-notices', OfflineNoticesElement);
