import { defineChart } from '../shared/definition';
import ForeignWorkers from './ForeignWorkers.svelte';
import { DIGIT_SLACK, foreignWorkersLayout } from './foreignWorkers.layout';

export default defineChart({
	id: 'foreign-workers',
	layout: foreignWorkersLayout,
	Marks: ForeignWorkers,
	hitMode: 'xy',
	slack: DIGIT_SLACK
});
