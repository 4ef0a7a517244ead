/** Fired (bubbling) on `<kb-site-qr>` once it has redrawn its code, for copies of it (the presenter view) to follow. */
export const siteQrDrawnEvent = 'kb-site-qr-drawn';
