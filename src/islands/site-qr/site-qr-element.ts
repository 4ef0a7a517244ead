import { toQrSvg, type QrSvgOptions } from '../../lib/qr-code.ts';
import { toShortAddress } from '../../lib/workshop/short-address.ts';
import { siteQrDrawnEvent } from './site-qr-event.ts';

/**
 * `<kb-site-qr>`: a QR code of one of our pages, drawn at build time for the built address (SITE_URL). The island loads
 * only when the page is served from another origin (`origin:` in load-islands.inline.ts): then it redraws the code, and
 * the addresses written beside it (`[data-site-address="short"]` as typed, `"full"` as a link), for where the page
 * really is, so that a room or a handout never scans into a dead address. The base path is the built one: it is in
 * every link of the page.
 */
class SiteQrElement extends HTMLElement {
  connectedCallback(): void {
    const path = this.dataset.path;
    if (!path) return;
    const url = new URL(path, location.origin).href;
    const level: NonNullable<QrSvgOptions['errorCorrectionLevel']> = this.dataset.level === 'L' ? 'L' : 'M';
    const code = this.querySelector('[data-site-code]');
    // Our own SVG string: the address is only ever drawn as modules, the label is escaped by toQrSvg.
    if (code) code.innerHTML = toQrSvg(url, { label: this.dataset.label ?? '', errorCorrectionLevel: level });
    for (const address of this.querySelectorAll<HTMLElement>('[data-site-address]')) {
      address.textContent = address.dataset.siteAddress === 'short' ? toShortAddress(url) : url;
    }
    this.dispatchEvent(new Event(siteQrDrawnEvent, { bubbles: true }));
  }
}

if (!customElements.get('kb-site-qr')) customElements.define('kb-site-qr', SiteQrElement);
