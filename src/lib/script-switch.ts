/**
 * Keep the reader's place when switching script: the switch links to the counterpart page
 * (that works without JavaScript); this adds the current #fragment when it is followed.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-script-switch]')) {
  link.addEventListener('click', () => {
    if (location.hash) link.hash = location.hash;
  });
}
