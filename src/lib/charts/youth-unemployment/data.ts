// The data this chart draws, from the raw files (relative imports: Node tests load this file as it is).
import { youthData } from '../../data/datasets';
import { YouthRow } from '../../data/schema';
import type { ChartDataSource } from '../../data/types';

const data: ChartDataSource = (read) =>
	youthData(read('china-youth-unemployment.csv', YouthRow, { key: ['month', 'series'] }));
export default data;
