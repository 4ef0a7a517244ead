// A redirect page's meta refresh drops the URL fragment and query; this runs first and keeps them (`/en/3/#p-3-2` → the paragraph).
// The target is the script element's `data-target`, so one script (one CSP hash) serves every short link.
const target = document.currentScript?.dataset.target;
if (target) location.replace(`${target}${location.search}${location.hash}`);
