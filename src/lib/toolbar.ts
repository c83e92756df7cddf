/**
 * Page controls that need JavaScript: the elder-mode toggle, read aloud (where the page has
 * it) and the script switch's anchor keeping. One small module on every page, so a page costs
 * one script request; the controls are shown by CSS under html.js / html.tts, so without
 * JavaScript they are absent, not broken.
 */
import { ELDER_CLASS, ELDER_STORAGE_KEY } from './elder-mode.ts';
import { setUpReadAloud } from './read-aloud.ts';

const root = document.documentElement;

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-elder-toggle]')) {
  button.setAttribute('aria-pressed', String(root.classList.contains(ELDER_CLASS)));
  button.addEventListener('click', () => {
    const on = root.classList.toggle(ELDER_CLASS);
    button.setAttribute('aria-pressed', String(on));
    try {
      if (on) localStorage.setItem(ELDER_STORAGE_KEY, '1');
      else localStorage.removeItem(ELDER_STORAGE_KEY);
    } catch {
      // Storage may be off (private mode): the mode still applies to this page.
    }
  });
}

// Keep the reader's place when switching script: the link goes to the counterpart page
// (that works without JavaScript); this adds the current #fragment when it is followed.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-script-switch]')) {
  link.addEventListener('click', () => {
    if (location.hash) link.hash = location.hash;
  });
}

setUpReadAloud();
