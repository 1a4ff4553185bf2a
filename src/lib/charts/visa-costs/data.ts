// The data this chart draws, from the raw files (relative imports: Node tests load this file as it is).
import { visaCostsData } from '../../data/datasets';
import { VisaCostRow, VisaTotalRow } from '../../data/schema';
import type { ChartDataSource } from '../../data/types';

const data: ChartDataSource = (read) =>
	visaCostsData(
		read('visa-costs.csv', VisaCostRow, { key: ['country', 'visa', 'component'] }),
		read('visa-cost-totals.csv', VisaTotalRow, { key: ['route'] })
	);
export default data;
