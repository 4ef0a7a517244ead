/**
 * Elements that stick out past the right edge of the viewport (a reader would have to scroll sideways), for the message.
 * Runs in the page: it is sent as source, so it uses nothing from outside itself.
 */
export function findOverflow(): string[] {
  const edge = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= edge) return [];
  return [...document.querySelectorAll('body *')]
    .filter((element) => element.getBoundingClientRect().right > edge + 0.5)
    .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`)
    .slice(0, 5);
}
