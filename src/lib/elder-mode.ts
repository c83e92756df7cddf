/**
 * Elder mode (长者模式): a class on <html> that switches the CSS custom properties to the
 * large-type set. The choice is remembered in localStorage; HEAD_SCRIPT applies it before
 * first paint, so large-type readers never see a flash of small text.
 */
export const ELDER_CLASS = 'elder';
export const ELDER_STORAGE_KEY = 'jz-elder-mode';

/**
 * The inline script in <head>. Kept tiny and constant: the Content-Security-Policy allows it
 * by its SHA-256 hash, computed from this exact string at build time (scripts/deploy/ carries
 * the same hash: tests/deploy/server-configs.test.ts checks they agree). It also marks <html>
 * with `js`, and `tts` where the browser can speak, so that the controls needing them are
 * shown from the first paint (no layout shift). It asks only whether speech synthesis exists:
 * reading `window.speechSynthesis` starts the speech engine, some 15 ms before first paint.
 */
export const HEAD_SCRIPT = `(function(d){d.classList.add('js');if('speechSynthesis' in window)d.classList.add('tts');try{if(localStorage.getItem('${ELDER_STORAGE_KEY}')==='1')d.classList.add('${ELDER_CLASS}')}catch(e){}})(document.documentElement)`;
