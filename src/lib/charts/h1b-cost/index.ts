import { WIDE_FONT_SLACK } from '../kit/text';
import { defineChart } from '../shared/definition';
import H1bCost from './H1bCost.svelte';
import { h1bCostLayout } from './h1bCost.layout';

export default defineChart({
	id: 'h1b-cost',
	layout: h1bCostLayout,
	Marks: H1bCost,
	hitMode: 'x',
	slack: WIDE_FONT_SLACK
});
