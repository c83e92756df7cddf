import { z } from 'astro/zod';
import zhHans from './zh-Hans.ts';

/** Every UI string key; the Simplified strings define the set. */
export type UiKey = keyof typeof zhHans;

const keys = Object.keys(zhHans) as [UiKey, ...UiKey[]];
/** A complete, non-empty set of UI strings. Parsing fails (and so the build) on a missing or empty key. */
const uiSchema = z.object(Object.fromEntries(keys.map((k) => [k, z.string().min(1)])) as Record<UiKey, z.ZodString>).strict();

const strings = { 'zh-Hans': uiSchema.parse(zhHans) };

export type Lang = keyof typeof strings;

/** The UI string for `key` in `lang`. */
export function t(key: UiKey, lang: Lang = 'zh-Hans'): string {
  return strings[lang][key];
}
