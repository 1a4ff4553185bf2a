// The registry's chart ids, read from src/lib/charts.ts for plain-Node scripts.
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('../src/lib/charts.ts', import.meta.url), 'utf8');
const list = source.match(/CHART_IDS = \[([\s\S]*?)\]/)?.[1] ?? '';
export const CHART_IDS = [...list.matchAll(/'([a-z0-9-]+)'/g)].map((m) => m[1]);
