import type { PageServerLoad } from './$types';
import { CHARTS } from '$lib/charts';
import { CHART_DATA } from '$lib/server/datasets';
import { CORRECTIONS_EMAIL, SITE_ORIGIN } from '$lib/server/site';
import { absoluteUrl } from '$lib/site';

export const load: PageServerLoad = ({ params }) => ({
	charts: CHARTS.map((c) => CHART_DATA[c.id]),
	email: CORRECTIONS_EMAIL,
	canonical: absoluteUrl(SITE_ORIGIN, `${params.lang ? `/${params.lang}` : ''}/methodology`)
});
