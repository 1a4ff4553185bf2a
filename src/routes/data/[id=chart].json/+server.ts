import { json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { CHART_IDS } from '$lib/charts';
import { EN } from '$lib/i18n/locale';
import { chartJson } from '$lib/data/export';
import { CHART_DATA } from '$lib/server/datasets';

export const prerender = true;
export const entries: EntryGenerator = () => CHART_IDS.map((id) => ({ id }));

/** `/data/<id>.json`: the chart's title, description, licence and one row per datum. */
export const GET: RequestHandler = ({ params }) => json(chartJson(CHART_DATA[params.id], EN, EN.t('data.licence')));
