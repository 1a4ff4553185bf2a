import { error, json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { CHART_IDS, isChartId } from '$lib/charts';
import type { Messages } from '$lib/i18n/messages.en';
import { en } from '$lib/i18n/messages.en';
import { zh } from '$lib/i18n/messages.zh';
import { embedMessages } from '$lib/embed/messages';

// An embed's messages in a language other than its page's, fetched only by embeds whose `?lang=`
// asks for it (`/embed/<id>?lang=zh`, `/zh/embed/<id>?lang=en`); the page's own language comes in
// the page data. /embed/<id>/zh.json, /embed/<id>/en.json
const CATALOGUES: Record<string, Messages> = { en, zh };

// Endpoints do not inherit the root layout's page options.
export const prerender = true;

export const entries: EntryGenerator = () =>
	CHART_IDS.flatMap((id) => Object.keys(CATALOGUES).map((lang) => ({ id, lang })));

export const GET: RequestHandler = ({ params }) => {
	const catalogue = Object.hasOwn(CATALOGUES, params.lang) ? CATALOGUES[params.lang] : undefined;
	if (!isChartId(params.id) || !catalogue) error(404, 'Not found');
	return json(embedMessages(params.id, catalogue));
};
