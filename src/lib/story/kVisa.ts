import type { Source } from '$lib/data/types';

/**
 * What the research found about China's K visa, for the card beside the visa-costs chart. The
 * words are in the catalogues (`kvisa.*`); the date and the sources are here. No fee, count of
 * visas issued, age limit or length of stay was found, so the card claims none.
 */
export const K_VISA: { inForce: string; sources: Source[] } = {
	/** State Council Order No. 814, signed 7 Aug 2025. */
	inForce: '2025-10-01',
	sources: [
		{
			url: 'https://news.cgtn.com/news/2025-10-03/Unboxing-China-s-K-visa-A-global-invite-for-young-minds-1HaZ6e6ttkY/p.html',
			title: 'CGTN'
		},
		{
			url: 'https://www.business-standard.com/immigration/china-to-launch-new-visa-for-stem-talent-as-trump-cracks-down-on-immigrants-125081500506_1.html',
			title: 'Business Standard'
		}
	]
};
