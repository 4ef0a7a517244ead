/** The id formats the content and its URLs share, each written once. */

/** A paragraph anchor: `p-<mistake number or "intro">-<n>`, the same in every language, e.g. `p-3-2`. */
export const paragraphIdPattern = /^p-[a-z0-9]+-[0-9]+$/;

/** A self-check question: `q-<mistake number>-<n>`, the same in every language, e.g. `q-3-1`. */
export const questionIdPattern = /^q-[0-9]+-[0-9]+$/;

/** A mistake's slug: lower-case words joined by hyphens, the same in every language. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The anchor of a mistake's section on the whole-article page, e.g. `mistake-3`. */
export function getMistakeAnchor(number: number): string {
  return `mistake-${number}`;
}
