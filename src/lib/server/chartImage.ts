import { render } from 'svelte/server';
import { Resvg, type RenderedImage } from '@resvg/resvg-js';
import appCss from '../../app.css?raw';
import { CHARTS, type ChartId } from '$lib/charts';
import { EN, type Locale } from '$lib/i18n/locale';
import { localizedPath } from '$lib/i18n/paths';
import { EXPORT_FONT_FAMILY, EXPORT_FONT_FAMILY_ZH, LIGHT } from '$lib/tokens';
import ChartImage from '$lib/charts/shared/ChartImage.svelte';
import ChartView from '$lib/charts/shared/ChartView.svelte';
import { chartImageLayout, type ImageKind, type ImageText } from '$lib/charts/shared/chartImage.layout';
import { chartCss, extractSvg } from '$lib/charts/shared/svgExport';
import { sourceLineString } from '$lib/charts/shared/sources';
import { CHART_DATA } from './datasets';
import { SITE_ORIGIN } from './site';
import { creditUrl } from '$lib/site';

const SCOPE = '.export-chart';

/** The source line of an image: producers, then the most-cited outlets as "via" and how many more. */
function sourceLine(id: ChartId, locale: Locale, max: number): string {
	return sourceLineString(CHART_DATA[id], locale, max);
}

/** The image's credit: the site's name, and where the chart lives when the origin is configured. */
function creditLine(locale: Locale, url: string | null): string {
	return url === null ? locale.t('site.name') : locale.t('image.credit', { url });
}

function imageText(id: ChartId, kind: ImageKind, locale: Locale): ImageText {
	return {
		title: locale.t(`${id}.title`),
		subtitle: locale.t(`${id}.subtitle`),
		notes: kind === 'download' ? `${locale.t('ui.notes')}${locale.t('ui.colon')}${locale.t(`${id}.notes`)}` : '',
		source: sourceLine(id, locale, kind === 'download' ? 4 : 2),
		credit: creditLine(locale, creditUrl(SITE_ORIGIN, localizedPath(locale.lang, `/charts/${id}`)))
	};
}

/**
 * A chart as a standalone SVG document in the light theme, in the language of `locale`: the chart component's own server render
 * (its default width), scaled into a frame with title, subtitle, notes, source line and credit.
 * Colours and fonts are literal, so the file looks the same in any viewer and in resvg.
 * @throws when the chart renders no SVG, or the result is not a single well-nested SVG element
 */
export async function chartImageSvg(id: ChartId, kind: ImageKind, locale: Locale = EN): Promise<string> {
	const entry = CHARTS.find((c) => c.id === id);
	if (!entry) throw new Error(`no chart "${id}"`);
	const definition = await entry.load();
	const { body } = render(ChartView, { props: { chart: definition, data: CHART_DATA[id], locale } });
	const chart = extractSvg(body);
	if ([...chart.classes].some((c) => c.startsWith('svelte-'))) {
		console.warn(
			`${id}: the chart uses component-scoped CSS, which its SVG/PNG export cannot carry; put mark styles in app.css`
		);
	}
	const text = imageText(id, kind, locale);
	const layout = chartImageLayout(kind, text, chart.size);
	const fontFamily = locale.lang === 'zh' ? EXPORT_FONT_FAMILY_ZH : EXPORT_FONT_FAMILY;
	const frame = render(ChartImage, { props: { layout, text, tokens: LIGHT, fontFamily } }).body.replace(
		/<!--[\s\S]*?-->/g,
		''
	);
	const css = chartCss(appCss, LIGHT, chart.classes, SCOPE);
	const { width, height } = chart.size;
	const nested = `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" overflow="visible">${chart.inner}</svg>`;
	const svg = frame
		.replace('<g id="export-style-slot"></g>', `<style><![CDATA[\n${css}\n]]></style>`)
		.replace('<g id="export-chart-slot"></g>', nested);
	const opened = svg.match(/<svg[\s>]/g)?.length ?? 0;
	const closed = svg.match(/<\/svg>/g)?.length ?? 0;
	if (!svg.startsWith('<svg') || opened !== closed || svg.includes('-slot"')) {
		throw new Error(`${id}: the exported SVG is malformed`);
	}
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/** Rasterises an exported SVG at its own size (1200 px wide) with the machine's fonts. */
export function rasterise(svg: string): RenderedImage {
	const resvg = new Resvg(svg, {
		font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
		fitTo: { mode: 'original' }
	});
	return resvg.render();
}

/** An exported SVG as PNG bytes (see `rasterise`). */
export function svgToPng(svg: string): Uint8Array<ArrayBuffer> {
	return new Uint8Array(rasterise(svg).asPng());
}
