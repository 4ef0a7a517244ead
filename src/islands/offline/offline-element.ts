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
 * over only when the reader chooses to reload, so no page ever mixes two deployments. With many tabs open, Reload in one
 * lets the new version in for all: every other tab, whose page is now the old build's under the new worker, offers the
 * reload too (or already does), and its button then simply reloads.
 */
class OfflineNoticesElement extends HTMLElement {
  #workbox: Workbox | undefined;
  /** The worker this page's code came from (none on a first visit, before the worker claims the page). */
  #controller: ServiceWorker | null = null;
  /** This tab asked for the new version: reload as soon as it takes over. */
  #reloading = false;

  connectedCallback(): void {
    if (this.#workbox || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    const base = pathWithBase('/');
    this.#workbox = new Workbox(`${base}sw.js`, { scope: base });
    this.#workbox.addEventListener('installed', (event) => {
      if (!event.isUpdate) this.#show('ready');
    });
    this.#workbox.addEventListener('waiting', () => this.#offerReload());
    this.#controller = navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener('controllerchange', () => this.#onControllerChange());
    if (isSavingData() && !navigator.serviceWorker.controller) {
      this.#show('offer')
        ?.querySelector('button')
        ?.addEventListener('click', () => this.#register(), { once: true });
    } else {
      this.#register();
    }
  }

  #register(): void {
    // The offline copy is an extra: where the browser refuses a worker (some private modes), the site works as before.
    this.#workbox?.register().catch(() => undefined);
  }

  #offerReload(): void {
    if (this.querySelector('[data-notice-shown="update"]')) return;
    this.#show('update')
      ?.querySelector('button')
      ?.addEventListener('click', () => {
        this.#reloadIntoNewVersion().catch(() => window.location.reload());
      });
  }

  async #reloadIntoNewVersion(): Promise<void> {
    this.#reloading = true;
    // Another tab may have let the new version in already: then there is nothing waiting, and a reload is all it takes.
    const registration = await navigator.serviceWorker.getRegistration(pathWithBase('/'));
    if (registration?.waiting) this.#workbox?.messageSkipWaiting();
    else window.location.reload();
  }

  #onControllerChange(): void {
    const previous = this.#controller;
    this.#controller = navigator.serviceWorker.controller;
    if (this.#reloading) window.location.reload();
    // A first visit's worker claiming the page serves the build the page came from; any later one is a new version.
    else if (previous) this.#offerReload();
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
