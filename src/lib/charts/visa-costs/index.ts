import { defineChart } from '../shared/definition';
import VisaCosts from './VisaCosts.svelte';
import { visaCostsLayout } from './visaCosts.layout';

export default defineChart({ id: 'visa-costs', layout: visaCostsLayout, Marks: VisaCosts, hitMode: 'y' });
