import { checkedLedeFacts } from '$lib/story/facts';
import { CHART_DATA } from './datasets';

/** The home page's key numbers; importing this module fails the build when they contradict the story. */
export const LEDE_FACTS = checkedLedeFacts(CHART_DATA);
