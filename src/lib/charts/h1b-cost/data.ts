// The data this chart draws, from the raw files (relative imports: Node tests load this file as it is).
import { h1bCostData } from '../../data/datasets';
import { FeeComponentRow } from '../../data/schema';
import type { ChartDataSource } from '../../data/types';

const data: ChartDataSource = (read) =>
	h1bCostData(
		read('h1b-fee-components.csv', FeeComponentRow, {
			key: ['component', 'employer', 'applies_when', 'effective_from']
		})
	);
export default data;
