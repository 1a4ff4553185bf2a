import { defineChart } from '../shared/definition';
import YouthUnemployment from './YouthUnemployment.svelte';
import { youthUnemploymentLayout } from './youthUnemployment.layout';

export default defineChart({
	id: 'youth-unemployment',
	layout: youthUnemploymentLayout,
	Marks: YouthUnemployment,
	hitMode: 'x'
});
