import { chartDataFromJson, dataFileUrl, withNotes } from '$lib/data/fromJson';
import type { ChartData } from '$lib/data/types';

/**
 * Chart `id`'s data for an island that hydrates: read from its published data file (`/data/<id>.json`),
 * which the browser fetches once and caches for every page that shows the chart, so the HTML carries the
 * data only as drawn. `notes` (datum key → note, in the page's language) replace the file's English ones.
 * Rejects when the file cannot be read: the island then stays as the server drew it.
 */
export async function fetchChartData(id: string, notes?: Readonly<Record<string, string>>): Promise<ChartData> {
	const response = await fetch(dataFileUrl(id));
	if (!response.ok) throw new Error(`${dataFileUrl(id)}: ${response.status}`);
	return withNotes(chartDataFromJson(await response.json()), notes);
}
