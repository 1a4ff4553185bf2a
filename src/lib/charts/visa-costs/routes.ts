/** Routes in display order; each is a total of the component rows tagged with it. */
export const VISA_ROUTES = [
	'us-large-abroad',
	'us-small-abroad',
	'uk-large',
	'uk-small',
	'australia-large',
	'australia-small',
	'us-large',
	'us-small',
	'canada',
	'singapore',
	'germany',
	'china-k-us',
	'china-k-india',
	'japan',
	'china-r'
] as const;

/**
 * Routes whose own fee is not published (China's K visa): the research gives the ordinary visa fee
 * for that nationality instead, an inference the chart marks (`fee-unpublished`) and its notes explain.
 */
export const FEE_NOT_PUBLISHED: readonly string[] = ['china-k-us', 'china-k-india'];

/** Which bars are the United States, China or elsewhere: they get different colours and labels. */
export function visaRouteGroup(route: string): 'us' | 'china' | 'other' {
	return route.startsWith('us-') ? 'us' : route.startsWith('china-') ? 'china' : 'other';
}
