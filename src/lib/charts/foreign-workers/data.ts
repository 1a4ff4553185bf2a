// The data this chart draws, from the raw files (relative imports: Node tests load this file as it is).
import { foreignWorkersData } from '../../data/datasets';
import { ForeignersRow } from '../../data/schema';
import type { ChartDataSource } from '../../data/types';

const data: ChartDataSource = (read) =>
	foreignWorkersData(read('foreigners-in-china.csv', ForeignersRow, { key: ['year', 'measure'] }));
export default data;
