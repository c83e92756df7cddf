import { z } from 'astro/zod';
import type { Script } from '../../scripts/lib/script/scripts.ts';
import zhHans from './zh-Hans.ts';
import zhHant from './zh-Hant.ts';

/** Every UI string key; the Simplified strings define the set. */
export type UiKey = keyof typeof zhHans;

const keys = Object.keys(zhHans) as [UiKey, ...UiKey[]];
/** A complete, non-empty set of UI strings. Parsing fails (and so the build) on a missing, extra or empty key. */
const uiSchema = z.object(Object.fromEntries(keys.map((k) => [k, z.string().min(1)])) as Record<UiKey, z.ZodString>).strict();

/** The reviewed UI strings of both scripts, validated when this module loads. */
const UI_STRINGS: Record<Script, Record<UiKey, string>> = {
  'zh-Hans': uiSchema.parse(zhHans),
  'zh-Hant': uiSchema.parse(zhHant),
};

/** A string translator bound to one script, for templates: `const t = translator(script); t('nav.home')`. */
export function translator(script: Script): (key: UiKey) => string {
  return (key) => UI_STRINGS[script][key];
}

export { format } from './format.ts';
