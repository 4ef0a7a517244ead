import { Workbox } from 'workbox-window';

/**
 * Registers the service worker (written by src/integrations/service-worker.ts) and tells the reader, in `region`,
 * when the site is ready offline and when a new version is waiting. The new version takes over only when the
 * reader chooses to reload, so no page ever mixes two deployments.
 */
export function registerServiceWorker(base: string, region: HTMLElement): void {
  const workbox = new Workbox(`${base}sw.js`, { scope: base });
  const show = (name: 'ready' | 'update') => {
    const template = region.querySelector<HTMLTemplateElement>(`template[data-notice="${name}"]`);
    const notice = template?.content.firstElementChild?.cloneNode(true);
    if (!(notice instanceof HTMLElement)) return;
    region.querySelector('[data-notice-shown]')?.remove();
    notice.dataset.noticeShown = name;
    region.append(notice);
    return notice;
  };

  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate) show('ready');
  });
  workbox.addEventListener('waiting', () => {
    const notice = show('update');
    notice?.querySelector('button')?.addEventListener('click', () => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  // The offline copy is an extra: where the browser refuses a worker (some private modes), the site works as before.
  workbox.register().catch(() => undefined);
}
