/**
 * The English message catalogue: every string a reader sees. Keys are grouped by prefix:
 * `site.*` and `ui.*` for the interface, `<chartId>.*` for each chart, `story.*` for the excerpts.
 * `{name}` placeholders are filled by `t(key, { name })`.
 */
export const en = {
	'site.name': 'Talent Race',
	'site.title': 'Talent Race: China’s K visa, America’s $100,000 H-1B payment and the jobs question',
	'site.headline': 'China opens a door for foreign tech talent as the US raises the price of its own',
	'site.intro':
		'In September 2025 the United States put a $100,000 payment on new H-1B petitions for workers abroad. Days later China launched the K visa for young foreign scientists and engineers, with no job offer required. Five charts check what the Associated Press reported on 10 November 2025 against the numbers: what hiring a foreign worker costs, how many want to come, how many foreigners China has, and how many young Chinese are out of work.',
	'site.description':
		'Charts and sourced data on China’s K visa, the US $100,000 H-1B payment and China’s youth unemployment.',
	'site.footer':
		'Every figure links to its source. Story excerpts are short quotations from the Associated Press, 10 November 2025.',
	'site.methodology': 'Methodology and sources',
	'site.home': 'All charts',
	'site.skip': 'Skip to the charts',
	'site.langName': 'English',
	'site.switchLang': '中文',
	'site.notFound': 'Page not found',
	'site.notFoundBody': 'There is no page at this address. The charts are listed on the home page.',
	'site.error': 'Something went wrong',

	'ui.source': 'Source',
	'ui.sources': 'Sources',
	'ui.notes': 'Notes',
	'ui.confidence.confirmed': 'confirmed by two or more sources',
	'ui.confidence.single': 'single source',
	'ui.confidence.inferred': 'inferred by arithmetic or from a stated assumption',
	'ui.empty': 'No data for this selection',
	'ui.story': 'What the story says',
	'ui.dataShows': 'What the data shows',
	'ui.excerptBy': '{speaker}, {role}',
	'ui.attribution': 'Associated Press, {date}',
	'ui.viewChart': 'Chart, data and downloads',
	'ui.table': 'Data table',
	'ui.showTable': 'Show the numbers',
	'ui.chartKeys': 'Use the arrow keys to move between data points.',
	'ui.sourceLine': 'Source: {sources}',
	'ui.and': ' and ',
	'ui.more': '{count} more',

	// Embeds (issue 3): the credit line inside an embed, the embed-code control, the preview page.
	'embed.credit': 'Chart:',
	'embed.button': 'Embed',
	'embed.label': 'Embed code for “{title}”',
	'embed.hint': 'Paste this HTML into your page. The chart fits any width, resizes itself and links back here. Change theme=auto to light or dark to fix its colours.',
	'embed.copy': 'Copy code',
	'embed.copied': 'Copied to the clipboard',
	'embed.copyFailed': 'Copying failed: select the code and copy it yourself',
	'embed.previewTitle': 'Embed preview',
	'embed.previewIntro': 'Every chart as other sites embed it, in iframes 320, 600 and 1000 px wide, resized by embed.js. Add ?theme=dark, ?lang=zh or ?chrome=plain to this page’s address to pass them on.',
	'embed.previewWidth': '{width} px wide',

	'h1b-cost.title': 'What a new H-1B petition costs an employer in US government fees',
	'h1b-cost.subtitle':
		'Fees rose from $610 in 1999 to $3,595 in 2025; since 21 September 2025 a worker hired from abroad costs $100,000 more.',
	'h1b-cost.desc':
		'Stacked columns show the fees a large employer paid for one new H-1B cap petition on 1 April of each year from 1999 to 2026, rising from $610 to $3,595, with a line for small employers. A second panel shows that from 21 September 2025 a petition for a worker abroad costs $103,595.',
	'h1b-cost.notes':
		'Government fees in force on 1 April of each year, when cap petitions open; no attorney fees, visa fees or optional premium processing. Large employer: more than 25 full-time staff; small: 25 or fewer. The separate fee for employers whose staff are mostly H-1B or L-1 holders is left out. The 1998 base fee was not found, so the history starts in 1999; dates before 2005 are partly inferred. The $100,000 payment is drawn on its own scale in the second panel, because on one axis it would flatten 25 years of history into a line on the floor. Totals are computed from the fee components.',
	'h1b-cost.panelHistory': 'Fees on 1 April each year, worker already in the US',
	'h1b-cost.panelPayment': 'A petition filed from 21 Sep 2025',
	'h1b-cost.axisY': 'US dollars per petition',
	'h1b-cost.series.large': 'Large employer',
	'h1b-cost.series.small': 'Small employer (total)',
	'h1b-cost.series.payment-large': 'Large employer',
	'h1b-cost.series.payment-small': 'Small employer',
	'h1b-cost.category.in-us': 'Worker in the US',
	'h1b-cost.category.abroad': 'Worker abroad',
	'h1b-cost.stack.i129': 'I-129 filing fee',
	'h1b-cost.stack.acwia': 'Training fee (ACWIA)',
	'h1b-cost.stack.fraud': 'Fraud prevention fee',
	'h1b-cost.stack.asylum': 'Asylum program fee',
	'h1b-cost.stack.registration': 'Registration fee',
	'h1b-cost.stack.proclamation': '$100,000 payment',
	'h1b-cost.annotation.lapse': 'Training fee lapsed',
	'h1b-cost.annotation.payment': '$100,000 payment from 21 Sep 2025',

	'visa-costs.title': 'Government charges to hire a foreign tech worker for about three years',
	'visa-costs.subtitle':
		'With the $100,000 payment, a US hire from abroad costs more than nine times as much as the next most expensive country, the UK.',
	'visa-costs.desc':
		'Horizontal bars compare government charges for one skilled foreign hire: $103,595 in the US for a large employer hiring from abroad, $10,959 in the UK, $5,770 in Australia, and under $1,000 in Canada, Singapore, Germany, China and Japan.',
	'visa-costs.notes':
		'Main applicant only, no dependants, no legal fees; government charges for roughly three years of work authorisation, late 2025 and 2026 rates. Local currencies converted to US dollars at IMF SDR rates of 25 November 2025. China’s K visa fee has not been published: the bars show the ordinary visa fee for US and Indian citizens (inferred). Later 2026 fee changes in the UK, Australia, Canada or Japan may be missing.',
	'visa-costs.axisX': 'US dollars per hire',
	'visa-costs.series.us': 'United States',
	'visa-costs.series.china': 'China',
	'visa-costs.series.other': 'Other countries',
	'visa-costs.category.us-large-abroad': 'US H-1B, large employer, worker abroad',
	'visa-costs.category.us-small-abroad': 'US H-1B, small employer, worker abroad',
	'visa-costs.category.uk-large': 'UK Skilled Worker, large sponsor',
	'visa-costs.category.uk-small': 'UK Skilled Worker, small sponsor',
	'visa-costs.category.australia-large': 'Australia Skills in Demand, large business',
	'visa-costs.category.australia-small': 'Australia Skills in Demand, small business',
	'visa-costs.category.us-large': 'US H-1B, large employer, worker in the US',
	'visa-costs.category.us-small': 'US H-1B, small employer, worker in the US',
	'visa-costs.category.canada': 'Canada work permit with LMIA',
	'visa-costs.category.singapore': 'Singapore Employment Pass',
	'visa-costs.category.germany': 'Germany EU Blue Card',
	'visa-costs.category.china-k-us': 'China K visa, US citizen',
	'visa-costs.category.china-k-india': 'China K visa, Indian citizen',
	'visa-costs.category.japan': 'Japan Highly Skilled Professional',
	'visa-costs.category.china-r': 'China R visa (top talent)',

	'foreign-workers.title': 'How many foreigners live and work in China',
	'foreign-workers.subtitle':
		'The “711,000” of 2023 counts residence permits for every purpose; about 237,000 were for work.',
	'foreign-workers.desc':
		'Separate series, never joined across definitions: census counts of foreign residents (593,832 in 2010, 845,697 in 2020), residence permits issued (477,000 in 2022, 711,000 in 2023), permits for work (216,000 and 237,000), official estimates of foreign workers (100,000 in 2004, over 900,000 in 2016), and for comparison about 583,420 H-1B workers in the US in 2019.',
	'foreign-workers.notes':
		'Each series uses its own definition and they must not be read as one line: census residents are people living in China on census day; permits are issued during a year, for all purposes or for work only; worker estimates are official round numbers. No yearly count of foreign workers in China exists in the sources. Census foreigners were about 0.06% of China’s population in 2020; no comparable US per-head figure is in the research, so the per-head comparison is left out. The 2018 figure of 336,000 work permits is unverified and left out.',
	'foreign-workers.axisY': 'People or permits',
	'foreign-workers.series.census': 'Foreign residents (census)',
	'foreign-workers.series.permits-all': 'Residence permits issued, all purposes',
	'foreign-workers.series.permits-work': 'Residence permits issued for work',
	'foreign-workers.series.workers': 'Foreign workers (official estimate)',
	'foreign-workers.series.us-h1b': 'US: H-1B workers (USCIS estimate)',
	'foreign-workers.annotation.story': 'The “711,000 foreign workers”',

	'youth-unemployment.title': 'China’s jobless rate for 16-to-24-year-olds',
	'youth-unemployment.subtitle':
		'After a record 21.3% in June 2023, publication stopped; the new series without students peaked at 18.9% in August 2025.',
	'youth-unemployment.desc':
		'Lines of China’s urban surveyed unemployment rate for ages 16 to 24: the old series including students rose to 21.3% in June 2023 before it was suspended; the new series excluding students, published from December 2023, peaks each August after graduation, at 18.8% in 2024 and 18.9% in 2025. Rates for ages 25 to 29 stay near 7% and for 30 to 59 near 4%.',
	'youth-unemployment.notes':
		'Urban surveyed unemployment, National Bureau of Statistics, monthly, as reported by news outlets. The two 16-24 series use different definitions and are not joined: the old one counted students looking for work, the new one excludes all students. NBS suspended the age-group rates after June 2023 and resumed with December 2023. Gaps are months not found in the sources (all of 2018-19 and most of 2020 in the old series; February 2026 in the new). Some values rest on one outlet or are inferred from reported changes.',
	'youth-unemployment.axisY': 'Unemployment rate',
	'youth-unemployment.series.old-16-24': '16-24, students included (old)',
	'youth-unemployment.series.new-16-24': '16-24, students excluded',
	'youth-unemployment.series.new-25-29': '25-29',
	'youth-unemployment.series.new-30-59': '30-59',
	'youth-unemployment.annotation.suspended': 'Publication suspended',
	'youth-unemployment.annotation.graduation': 'Graduation-season peak',

	'h1b-demand.title': 'How many registrations the H-1B lottery gets, against the cap',
	'h1b-demand.subtitle':
		'Registrations fell to 211,600 for 2027, the first season with the $100,000 payment, down 38.5%.',
	'h1b-demand.desc':
		'Columns of eligible H-1B cap registrations by fiscal year, from 269,424 for 2021 to a peak of 758,994 for 2024, then 343,981 for 2026 and 211,600 for 2027, each against an annual cap of 85,000 visas; a line shows how many registrations were selected.',
	'h1b-demand.notes':
		'Cap-subject electronic registrations by fiscal year of employment (the lottery runs in March of the year before). Eligible registrations exclude duplicates and invalid entries. From 2025, selection is by person rather than by registration, which cut multiple registrations. 2027 counts “properly submitted” registrations from one secondary report; its selections were not found. The cap is 65,000 plus 20,000 for holders of US master’s degrees; more are selected than the cap because not all selected file.',
	'h1b-demand.axisY': 'Registrations',
	'h1b-demand.series.eligible': 'Eligible registrations',
	'h1b-demand.series.selected': 'Selected',
	'h1b-demand.series.cap': 'Annual cap (85,000)',
	'story.payment.annotation':
		'The $100,000 is a one-time payment on top of the usual fees, and only for a worker hired from abroad: {value} in all for a large employer, against {value2} for a worker already in the US. Before it, the largest single fee was {value3}.',
	'story.payment.role': '',
	'story.western-rivals.annotation':
		'Government charges for a three-year hire: {value} in the UK (large sponsor) and {value2} for an EU Blue Card in Germany, against {value3} in the US for a worker hired from abroad.',
	'story.western-rivals.role': 'chief strategist, Geopolitical Strategy',
	'story.no-job-offer.annotation':
		'No K-visa fee has been published. A US citizen pays {value} for any Chinese visa; the R visa for top foreign talent is free ({value2}).',
	'story.no-job-offer.role': '',
	'story.foreign-workers-711000.annotation':
		'The 711,000 matches the {value} residence permits issued to foreigners in {when}, for every purpose, study and family included. It is not a count of workers: about {value2} permits were for work.',
	'story.foreign-workers-711000.role': '',
	'story.nearly-18.annotation':
		'The story says “nearly 18%”. The NBS figure for {when}, the latest before publication, was {value}; the August peak was {value2}.',
	'story.nearly-18.role': '',
	'story.fierce-competition.annotation':
		'Each summer graduates push the rate up: it rose from {value2} in {when2} to {value} in {when}, the highest of the new series.',
	'story.fierce-competition.role': '24-year-old postgraduate student, Zhejiang University',
	'story.students-hoped.annotation':
		'In the first lottery with the $100,000 payment, registrations fell to {value} for {when}, from {value2} eligible a year earlier (one secondary report).',
	'story.students-hoped.role': 'Indian master’s student, Sichuan University'
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
