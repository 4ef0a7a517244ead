import { CopyLink } from './copy-link.ts';

if (!customElements.get('kb-copy-link')) customElements.define('kb-copy-link', CopyLink);
