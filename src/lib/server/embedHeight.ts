import { CHARTS, type ChartId } from '$lib/charts';
import { chartHeight } from '$lib/charts/shared/definition';
import { sourceLineString } from '$lib/charts/shared/sources';
import { chartRevised } from '$lib/corrections';
import type { Locale } from '$lib/i18n/makeLocale';
import type { MessageKey } from '$lib/i18n/messages.en';
import { pastedHeight, type FrameTexts } from '$lib/embed/snippet';
import { CHART_DATA } from './datasets';

/** The texts of chart `id`'s embed frame in `locale`, as EmbedApp and ChartFrame show them. */
export function frameTexts(id: ChartId, locale: Locale): FrameTexts {
	const label = (key: MessageKey) => `${locale.t(key)}${locale.t('ui.colon')}`;
	const revised = chartRevised(id);
	return {
		title: locale.t(`${id}.title`),
		subtitle: locale.t(`${id}.subtitle`),
		notes: `${label('ui.notes')}${locale.t(`${id}.notes`)}`,
		sources: sourceLineString(CHART_DATA[id], locale),
		updated: revised ? `${label('ui.dataUpdated')}${locale.fmt.day(revised)}` : ''
	};
}

/**
 * The height (px) chart `id`'s embed code carries in `locale` (see `pastedHeight`), worked out once
 * when the site is built: the browser would have to lay the chart out at every column width.
 */
export async function embedHeight(id: ChartId, locale: Locale): Promise<number> {
	const chart = await CHARTS.find((c) => c.id === id)!.load();
	return pastedHeight(frameTexts(id, locale), (width) => chartHeight(chart, CHART_DATA[id], width, locale));
}
