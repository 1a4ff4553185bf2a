import { chartDataFromJson, dataFileUrl, type DatumExtras } from '$lib/data/fromJson';
import type { ChartData } from '$lib/data/types';

/**
 * Chart `id`'s data for an island that hydrates: read from its published data file (`/data/<id>.json`),
 * which the browser fetches once and caches for every page that shows the chart, so that the HTML
 * carries the data only as drawn; `extras` (from the island's props) add what the file does not hold.
 * Rejects when the file cannot be read: the island then stays as the server drew it.
 */
export async function fetchChartData(id: string, extras: DatumExtras): Promise<ChartData> {
	const response = await fetch(dataFileUrl(id));
	if (!response.ok) throw new Error(`${dataFileUrl(id)}: ${response.status}`);
	return chartDataFromJson(await response.json(), extras);
}
