/** The id of <main>, the skip link's target. */
export const MAIN_ID = 'main';
