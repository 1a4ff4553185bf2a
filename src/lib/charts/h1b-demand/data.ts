// The data this chart draws, from the raw files (relative imports: Node tests load this file as it is).
import { h1bDemandData } from '../../data/datasets';
import { DemandRow } from '../../data/schema';
import type { ChartDataSource } from '../../data/types';

const data: ChartDataSource = (read) =>
	h1bDemandData(read('h1b-demand.csv', DemandRow, { key: ['fiscal_year', 'measure'] }));
export default data;
