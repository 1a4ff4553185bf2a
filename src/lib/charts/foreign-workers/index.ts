import { defineChart } from '../shared/definition';
import ForeignWorkers from './ForeignWorkers.svelte';
import { foreignWorkersLayout } from './foreignWorkers.layout';

export default defineChart({
	id: 'foreign-workers',
	layout: foreignWorkersLayout,
	Marks: ForeignWorkers,
	hitMode: 'xy'
});
