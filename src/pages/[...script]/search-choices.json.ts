/**
 * /search-choices.json and /zh-hant/search-choices.json: an archive's search filters with their
 * choices (src/lib/search/choices.ts), which the search page's script puts into its selects.
 * Written only when the archive holds more than one notice; a single notice's page carries them.
 */
import type { APIRoute } from 'astro';
import { translator } from '../../i18n/ui.ts';
import { getNotices, scriptPagePaths } from '../../lib/notices.ts';
import { searchChoices } from '../../lib/search/choices.ts';
import type { Script } from '../../../scripts/lib/script/scripts.ts';

export async function getStaticPaths() {
  const paths = [];
  for (const path of scriptPagePaths()) if ((await getNotices(path.props.script)).length > 1) paths.push(path);
  return paths;
}

export const GET: APIRoute = async ({ props }) => {
  const { script } = props as { script: Script };
  const choices = searchChoices(await getNotices(script), script, translator(script));
  return new Response(JSON.stringify({ version: 1, choices }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
