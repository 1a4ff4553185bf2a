import type { EntryGenerator, RequestHandler } from './$types';
import { CHART_IDS } from '$lib/charts';
import { EN } from '$lib/i18n/locale';
import { chartCsv, exportRows } from '$lib/data/export';
import { CHART_DATA } from '$lib/server/datasets';

export const prerender = true;
export const entries: EntryGenerator = () => CHART_IDS.map((id) => ({ id }));

/** `/data/<id>.csv`: one RFC 4180 record per datum, with its source and confidence. */
export const GET: RequestHandler = ({ params }) =>
	new Response(chartCsv(exportRows(CHART_DATA[params.id], EN)), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
