/**
 * Read the main text aloud, paragraph by paragraph, with the browser's speech synthesis:
 * the paragraph being read is highlighted and scrolled into view; pause, resume and stop.
 * A zh-CN voice for zh-Hans pages, zh-TW or zh-HK for zh-Hant, when the device has one.
 * No network, no third-party service.
 */
const VOICE_LANGS: Record<string, string[]> = { 'zh-Hans': ['zh-CN', 'zh'], 'zh-Hant': ['zh-TW', 'zh-HK', 'zh'] };
const READING = 'reading';

/** The text of a block as a listener should hear it: without the permalink sign. */
function spokenText(block: Element): string {
  const copy = block.cloneNode(true) as Element;
  copy.querySelectorAll('.permalink').forEach((el) => el.remove());
  return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function pickVoice(synth: SpeechSynthesis, pageLang: string): SpeechSynthesisVoice | null {
  const voices = synth.getVoices();
  for (const wanted of VOICE_LANGS[pageLang] ?? ['zh']) {
    const voice = voices.find((v) => v.lang.replace('_', '-').toLowerCase().startsWith(wanted.toLowerCase()));
    if (voice) return voice;
  }
  return null;
}

export function setUpReadAloud(): void {
  const group = document.querySelector<HTMLElement>('[data-read-aloud]');
  if (!group || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') return;
  // Reading window.speechSynthesis starts the speech engine: only when the reader asks for it.
  const synth = () => window.speechSynthesis;
  const start = group.querySelector<HTMLButtonElement>('[data-read-start]')!;
  const pause = group.querySelector<HTMLButtonElement>('[data-read-pause]')!;
  const stop = group.querySelector<HTMLButtonElement>('[data-read-stop]')!;
  const pageLang = document.documentElement.lang;
  const blocks = [...document.querySelectorAll('main h1, main .para')];
  let run = 0;
  let current: Element | null = null;

  const highlight = (block: Element | null) => {
    current?.classList.remove(READING);
    current = block;
    if (!block) return;
    block.classList.add(READING);
    const smooth = window.matchMedia('(prefers-reduced-motion: no-preference)').matches;
    block.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  };

  const setReading = (on: boolean) => {
    start.setAttribute('aria-pressed', String(on));
    pause.hidden = !on;
    stop.hidden = !on;
    pause.setAttribute('aria-pressed', 'false');
  };

  const speak = (index: number, id: number) => {
    if (id !== run) return;
    const block = blocks[index];
    if (!block) return finish();
    highlight(block);
    const utterance = new SpeechSynthesisUtterance(spokenText(block));
    utterance.lang = VOICE_LANGS[pageLang]?.[0] ?? 'zh-CN';
    const voice = pickVoice(synth(), pageLang);
    if (voice) utterance.voice = voice;
    utterance.onend = () => speak(index + 1, id);
    synth().speak(utterance);
  };

  const finish = () => {
    run++;
    synth().cancel();
    highlight(null);
    setReading(false);
  };

  start.addEventListener('click', () => {
    if (start.getAttribute('aria-pressed') === 'true') return finish();
    finish();
    setReading(true);
    speak(0, run);
  });
  pause.addEventListener('click', () => {
    const paused = pause.getAttribute('aria-pressed') === 'true';
    if (paused) synth().resume();
    else synth().pause();
    pause.setAttribute('aria-pressed', String(!paused));
  });
  stop.addEventListener('click', () => {
    finish();
    start.focus();
  });
}
