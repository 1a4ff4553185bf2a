import { WIDE_FONT_SLACK } from '../kit/text';
import { defineChart } from '../shared/definition';
import H1bDemand from './H1bDemand.svelte';
import { h1bDemandLayout } from './h1bDemand.layout';

export default defineChart({
	id: 'h1b-demand',
	layout: h1bDemandLayout,
	Marks: H1bDemand,
	hitMode: 'x',
	slack: WIDE_FONT_SLACK
});
