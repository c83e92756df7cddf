/** The two scripts every page is published in. */
export type Script = 'zh-Hans' | 'zh-Hant';

export const SCRIPTS: readonly Script[] = ['zh-Hans', 'zh-Hant'];

/** The URL segment of a script: zh-Hans pages live at the root, zh-Hant pages under /zh-hant/. */
export const SCRIPT_SEGMENT: Record<Script, string> = { 'zh-Hans': '', 'zh-Hant': 'zh-hant' };

/** The content folder name of a script under content/<notice>/. */
export const SCRIPT_FOLDER: Record<Script, string> = { 'zh-Hans': 'zh-hans', 'zh-Hant': 'zh-hant' };
