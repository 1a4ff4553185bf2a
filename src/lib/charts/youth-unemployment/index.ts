import { defineChart } from '../shared/definition';
import YouthUnemployment from './YouthUnemployment.svelte';
import { SLACK, youthUnemploymentLayout } from './youthUnemployment.layout';

export default defineChart({
	id: 'youth-unemployment',
	layout: youthUnemploymentLayout,
	Marks: YouthUnemployment,
	hitMode: 'x',
	slack: SLACK
});
