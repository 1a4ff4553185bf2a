import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { CHARTS } from '$lib/charts';
import { EN } from '$lib/i18n/locale';
import { dataIndex } from '$lib/data/export';
import { CHART_DATA } from '$lib/server/datasets';

export const prerender = true;

/** `/data/index.json`: every dataset with its title, description, licence note and files. */
export const GET: RequestHandler = () =>
	json(
		dataIndex(
			CHARTS.map((c) => CHART_DATA[c.id]),
			EN,
			EN.t('data.licence')
		)
	);
