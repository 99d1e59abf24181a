// The top bar every console page shares: marks the token kind shown, and keeps that kind when
// switching between the playground and the voyager.
(function () {
  'use strict';

  const config = JSON.parse(document.getElementById('console-config').textContent);
  for (const link of document.querySelectorAll('.console-kinds a')) {
    link.setAttribute('aria-current', String(link.dataset.kind === config.kind));
  }
  if (config.kind !== 'organization') {
    for (const link of document.querySelectorAll('.console-bar a[data-page]')) {
      link.href = link.getAttribute('href') + '?kind=' + config.kind;
    }
  }
})();
