import { isChartId, type ChartId } from '$lib/charts';

/** A chart id from the registry: `/data/<id>.csv` and the image routes match only real charts. */
export function match(param: string): param is ChartId {
	return isChartId(param);
}
