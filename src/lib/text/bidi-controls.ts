/**
 * Bidirectional embedding, override and isolate controls (U+202A–202E, U+2066–2069). No word or link contains them, and
 * echoed back on a page, `?q=%E2%80%AE…` or a pasted line holding one would reverse the rest of the sentence around it.
 */
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * Removes bidirectional controls from text a reader typed or pasted (removed, not spaced: they are invisible).
 * @example stripBidiControls('\u202Eevil') // 'evil'
 */
export function stripBidiControls(text: string): string {
  return text.replace(bidiControls, '');
}
