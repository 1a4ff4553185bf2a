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
	'ui.via': ', via ',
	'ui.listComma': ', ',
	'ui.andOneOther': ' and one other',
	'ui.oneOtherProducer': 'one other official body',
	'ui.andOthers': ' and {count} others',
	'ui.otherProducers': '{count} other official bodies',
	'ui.producerReleases': '{producers}, {releases}',
	'ui.dataUpdated': 'Data updated',
	'ui.unconfirmed': 'Unconfirmed: no reputable copy of this figure was found.',
	'ui.confidence.weak':
		'no reputable copy of the figure was found; it is published, but drawn and marked as unconfirmed',
	'table.confidence.weak': 'Unconfirmed',
	'table.producer': 'Produced by',
	'youth-unemployment.releases': 'monthly releases',
	// Who produced the numbers (src/lib/data/producers.ts): the source line and tooltips name them first.
	'producer.nbs': 'National Bureau of Statistics of China',
	'producer.china-labour': 'Chinese labour authorities',
	'producer.molss': 'Ministry of Labour and Social Security of China',
	'producer.mps': 'Ministry of Public Security of China',
	'producer.most': 'Ministry of Science and Technology of China',
	'producer.nia': 'National Immigration Administration of China',
	'producer.oecd': 'OECD',
	'producer.safea': 'State Administration of Foreign Experts Affairs of China',
	'producer.unknown': 'no official source found',
	'producer.uscis': 'U.S. Citizenship and Immigration Services',
	'producer.pew': 'Pew Research Center',
	'producer.congress': 'U.S. Congress',
	'producer.ins': 'U.S. Immigration and Naturalization Service',
	'producer.white-house': 'The White House',
	'producer.state-department': 'U.S. Department of State',
	'producer.uk-home-office': 'UK Home Office',
	'producer.au-home-affairs': 'Australian Department of Home Affairs',
	'producer.esdc': 'Employment and Social Development Canada',
	'producer.ircc': 'Immigration, Refugees and Citizenship Canada',
	'producer.de-foreign-office': 'German Federal Foreign Office',
	'producer.de-government': 'German Federal Government',
	'producer.jp-isa': 'Immigration Services Agency of Japan',
	'producer.jp-mofa': 'Ministry of Foreign Affairs of Japan',
	'producer.sg-mom': 'Ministry of Manpower, Singapore',
	'producer.cn-mfa': 'Ministry of Foreign Affairs of China (embassies)',
	'producer.cn-state-council': 'State Council of China',
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
	'ui.theme': 'Theme',
	'ui.theme.auto': 'auto',
	'ui.theme.light': 'light',
	'ui.theme.dark': 'dark',
	// i18n (issue 6): punctuation and sentence patterns that differ between languages
	'ui.colon': ': ',
	'ui.listSep': '; ',
	'ui.stackTotal': 'Total in {when}: {value}, the sum of {count} parts (source: {producer})',
	'ui.seriesStack': '{series}: {stack}',
	'ui.sourceAndMore': '{first} (+{count} more)',
	'ui.datumSentence': '{series}, {when}: {value}. Source: {producer}, via {source}. {unconfirmed}',
	'ui.quoted': '— {who}; {attribution}',
	'ui.quotedNarration': '— {attribution}',
	'ui.translation': 'Translation by Talent Race',
	'ui.language': 'Language',

	// The story frame and key-numbers lede of the home page (issue 14); figures are filled from the data.
	'lede.label': 'The story in four numbers',
	'lede.payment':
		'One-time US payment on new H-1B petitions, mainly for workers abroad, since {date}. With it a large employer pays {abroad} in government fees, about {ratio} times the {inUs} before.',
	'lede.youth':
		'Jobless rate of urban Chinese aged 16–\u206024, students excluded, in {month}: the latest figure when the AP wrote “nearly 18%”.',
	'lede.permits':
		'Residence permits China issued to foreigners in {year}, for every purpose: the AP’s “711,000 foreign workers”. About {work} were for work.',
	'lede.lottery':
		'H-1B lottery registrations for {fy}, the first season with the payment and a wage-weighted lottery: {now}, against {before} a year earlier.',
	'lede.unconfirmed.single': 'Unconfirmed: one source only',
	'lede.unconfirmed.inferred': 'Unconfirmed: inferred',
	'lede.unconfirmed.weak': 'Unconfirmed: no reputable source yet',
	'lede.link': 'See it in the chart',
	'lede.credit': 'Charts, data and fact-check: Talent Race',
	'lede.storyBefore': 'Annotating the Associated Press story ',
	'lede.storyBy': ' by ',
	'lede.storyAfter': ', {date}',
	'lede.cardAlt':
		'Talent Race: {payment} US payment on a new H-1B for a worker abroad; China’s youth jobless rate {youth} in {month}; {permits} residence permits for foreigners in {year}; H-1B lottery registrations {lottery} for {fy}, unconfirmed.',
	'lede.card.payment': 'US payment on a new H-1B for a worker abroad',
	'lede.card.youth': 'China’s jobless rate, ages 16–24, {month}',
	'lede.card.permits': 'residence permits for foreigners in China, {year}',
	'lede.card.lottery': 'H-1B lottery registrations, {fy}',
	'lede.card.unconfirmed': '{label} (unconfirmed)',
	'kvisa.title': 'China’s K visa',
	'kvisa.inForce': 'In force',
	'kvisa.for': 'For',
	'kvisa.forValue':
		'Young foreign science and technology talent: STEM graduates of well-known universities, or those teaching or researching at them',
	'kvisa.invitation': 'Employer invitation',
	'kvisa.invitationValue': 'Not required: no job offer, no inviting organisation',
	'kvisa.fee': 'Fee',
	'kvisa.feeValue': 'Not published; the chart shows ordinary visa fees',

	// Embeds (issue 3): the credit line inside an embed, the embed-code control, the preview page.
	'embed.credit': 'Chart:',
	'embed.button': 'Embed',
	'embed.label': 'Embed code for “{title}”',
	'embed.hint':
		'Paste this HTML into your page. The chart fits any width, resizes itself and links back here. Change theme=auto to light or dark to fix its colours.',
	'embed.copy': 'Copy code',
	'embed.copied': 'Copied to the clipboard',
	'embed.copyFailed': 'Copying failed: select the code and copy it yourself',
	'embed.previewTitle': 'Embed preview',
	'embed.previewIntro':
		'Every chart as other sites embed it, in iframes 320, 600 and 1000 px wide, resized by embed.js. Add ?theme=dark, ?lang=zh or ?chrome=plain to this page’s address to pass them on.',
	'embed.previewWidth': '{width} px wide',

	'h1b-cost.title': 'What a new H-1B petition costs an employer in US government fees',
	'h1b-cost.subtitle':
		'Fees rose from $610 in 1999 to $3,595 in 2025; since 21 September 2025 a petition for a worker outside the US generally costs $100,000 more.',
	'h1b-cost.desc':
		'Stacked columns show the fees a large employer paid for one new H-1B cap petition on 1 April of each year from 1999 to 2026, rising from $610 to $3,595, with a line for small employers. A second panel shows that from 21 September 2025 a petition for a worker abroad costs $103,595.',
	'h1b-cost.notes':
		'Government fees in force on 1 April of each year, when cap petitions open; no attorney fees, visa fees or optional premium processing. Large employer: more than 25 full-time staff; small: 25 or fewer. The separate fee for employers whose staff are mostly H-1B or L-1 holders is left out. The 1998 base fee was not found, so the history starts in 1999; dates before 2005 are partly inferred. The $100,000 payment is drawn on its own scale in a panel of its own, because on one axis it would flatten 25 years of history into a line on the floor. Totals are computed from the fee components. The payment is shown for a worker outside the US; it also applies when a petition asks for consular, port-of-entry or pre-flight notification, or when USCIS denies a requested change of status.',
	'h1b-cost.panelHistory': 'Fees on 1 April each year, worker already in the US',
	'h1b-cost.panelPayment': 'A petition filed from 21 Sep 2025 (own scale)',
	'h1b-cost.axisY': 'US dollars per petition',
	'h1b-cost.series.large': 'Large employer',
	'h1b-cost.series.small': 'Small employer',
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
	'h1b-cost.annotation.lapse': 'Training fee lapsed, Oct 2003 to Dec 2004',
	'h1b-cost.annotation.payment': '$100,000 payment from 21 Sep 2025',
	'h1b-cost.stackTotal': 'Total in {when}: {value}, the sum of {count} fees (source: {producer})',
	'h1b-cost.annotation.ratio': '≈{ratio}× the {before} it cost before',
	// charts-a: chart labels
	'h1b-cost.label.smallTotal': 'Small employer, total {value}',

	'visa-costs.title': 'Government charges to hire a foreign tech worker for about three years',
	'visa-costs.subtitle':
		'With the $100,000 payment, a US hire from abroad costs more than nine times as much as the next most expensive country, the UK.',
	'visa-costs.desc':
		'Horizontal bars compare government charges for one skilled foreign hire: $103,800 in the US for a large employer hiring from abroad (with the worker’s $205 consular visa fee), $10,959 in the UK, $5,770 in Australia, and under $1,000 in Canada, Singapore, Germany, China and Japan.',
	'visa-costs.notes':
		'Main applicant only, no dependants, no legal fees; government charges for roughly three years of work authorisation, late 2025 and 2026 rates. Local currencies converted to US dollars at IMF SDR rates of 25 November 2025. The US bars for a worker abroad include the $205 consular (MRV) visa fee the worker pays, as the other countries’ totals include their visa fees. China’s K-visa fee has not been published: the bars show the ordinary visa fee for US and Indian citizens; the US$140 rests on a 2010 consulate notice and is drawn as unconfirmed. Japan’s fee is the rate before its 2026 rise, whose amount is not yet official. Later 2026 fee changes in the UK, Australia, Canada or Japan may be missing.',
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
	// visa-costs chart marks (charts-b)
	'visa-costs.value.zero': '{value}, no fee',
	'visa-costs.footnote.unpublished':
		'China has not published a K-visa fee: the bar shows the ordinary visa fee for that nationality.',

	'foreign-workers.title': 'How many foreigners live and work in China',
	'foreign-workers.subtitle':
		'The 711,000 of 2023 are residence permits issued for every purpose; about 237,000 were for work. The 2020 census counted 845,697 foreigners living in China.',
	'foreign-workers.desc':
		'Horizontal bars on one scale: residence permits issued in 2023 (711,000, of which 237,000 for work and 208,000 for study; the rest is not itemised) and in 2022 (477,000: 216,000 for work, 115,000 for family reunion, 76,000 for private affairs, 70,000 for study); foreigners living in China at the census (593,832 in 2010, 845,697 in 2020); and for comparison about 583,420 H-1B workers in the US in 2019.',
	'foreign-workers.notes':
		'Permits are issued during a year, for every purpose, so they count neither workers nor the people living in China at one moment; the census counts foreigners living in China on census day. The 2023 total is the National Immigration Administration’s; its parts are the OECD’s, from a total of 712,000, which itemises only work and study for that year: the rest (family reunion and other purposes) is drawn hatched, without a figure. No yearly count of foreign workers in China exists in the sources. Official estimates of foreign workers (about 100,000 in 2004, over 900,000 legally employed in 2016) are round figures of unclear definition and are left out of the chart. Census foreigners were about 0.06% of China’s population in 2020.',
	'foreign-workers.axisY': 'People or permits',
	'foreign-workers.axisX': 'People or permits',
	'foreign-workers.row.permits': 'Residence permits issued in {year}, all purposes: {value}',
	'foreign-workers.row.census': 'Foreigners living in China, census of {year}: {value}',
	'foreign-workers.row.us-h1b': 'For comparison, the US: H-1B workers in {year}: {value}',
	'foreign-workers.purpose.item': '{purpose}: {value}',
	'foreign-workers.purpose.work': 'Work',
	'foreign-workers.purpose.study': 'Study',
	'foreign-workers.purpose.family': 'Family reunion',
	'foreign-workers.purpose.private': 'Private affairs',
	'foreign-workers.purpose.rest': 'Family and other purposes: not itemised',
	'foreign-workers.series.census': 'Foreign residents (census)',
	'foreign-workers.series.permits-all': 'Residence permits issued, all purposes',
	'foreign-workers.series.permits-work': 'Residence permits issued for work',
	'foreign-workers.series.permits-study': 'Residence permits issued for study',
	'foreign-workers.series.permits-family': 'Residence permits issued for family reunion',
	'foreign-workers.series.permits-private': 'Residence permits issued for private affairs',
	'foreign-workers.series.us-h1b': 'US: H-1B workers (USCIS estimate)',
	'foreign-workers.annotation.story': 'What the story calls “711,000 foreign workers”',

	'youth-unemployment.title': 'China’s jobless rate for 16-to-24-year-olds',
	'youth-unemployment.subtitle':
		'After a record 21.3% in June 2023, publication stopped; the new series without students peaked at 18.9% in August 2025.',
	'youth-unemployment.desc':
		'Lines of China’s urban surveyed unemployment rate for ages 16 to 24: the old series including students rose to 21.3% in June 2023 before it was suspended; the new series excluding students, published from December 2023, peaks each August after graduation, at 18.8% in 2024 and 18.9% in 2025. Rates for ages 25 to 29 stay near 7% and for 30 to 59 near 4%.',
	'youth-unemployment.notes':
		'Urban surveyed unemployment, National Bureau of Statistics, monthly, as reported by news outlets. The two 16-24 series use different definitions and are not joined: the old one counted students looking for work, the new one excludes all students. NBS suspended the age-group rates after June 2023 and resumed with December 2023. Gaps are months not found in the sources (all of 2018-19 and most of 2020, in the old series; the new series has none). Some values rest on one outlet or are inferred from reported changes.',
	'youth-unemployment.axisY': 'Unemployment rate',
	'youth-unemployment.series.old-16-24': '16-24, students included (old)',
	'youth-unemployment.series.new-16-24': '16-24, students excluded',
	'youth-unemployment.series.new-25-29': '25-29',
	'youth-unemployment.series.new-30-59': '30-59',
	'youth-unemployment.annotation.suspended': 'Publication suspended',
	'youth-unemployment.callout.record': 'Record {value}, {month}',
	'youth-unemployment.callout.peak': 'Peak {value}, {month}',
	'youth-unemployment.callout.story': '{month}: {value}',
	'youth-unemployment.callout.storySays': 'AP: “nearly 18%”',
	'youth-unemployment.callout.latest': 'Latest {value}, {month}',

	'h1b-demand.title': 'How many registrations the H-1B lottery gets, against the cap',
	'h1b-demand.subtitle':
		'Registrations were reported at 211,600 for 2027, down 38.5%, in the first season with both the $100,000 payment and a wage-weighted lottery; that figure is unconfirmed.',
	'h1b-demand.desc':
		'Columns of eligible H-1B cap registrations by fiscal year, from 269,424 for 2021 to a peak of 758,994 for 2024, then 343,981 for 2026 and a reported, unconfirmed 211,600 for 2027, each against an annual cap of 85,000 visas; narrower columns inside them show how many registrations were selected.',
	'h1b-demand.notes':
		'Cap-subject electronic registrations by fiscal year of employment (the lottery runs in March of the year before). Eligible registrations exclude duplicates and invalid entries. From 2025, selection is by person rather than by registration, which cut multiple registrations. 2027 counts “properly submitted” registrations from one secondary report that no USCIS page or major outlet confirms, so it is drawn hatched as unconfirmed; its selections were not found. The cap is 65,000 plus 20,000 for holders of US master’s degrees; more are selected than the cap because not all selected file.',
	'h1b-demand.axisY': 'Registrations',
	'h1b-demand.series.eligible': 'Eligible registrations',
	'h1b-demand.series.selected': 'Selected',
	'h1b-demand.series.cap': 'Annual cap',
	// charts-a: chart labels
	'h1b-demand.label.cap': 'Cap: {value}',
	'h1b-demand.annotation.submitted': 'Reported, unconfirmed',
	'story.payment.annotation':
		'The $100,000 is a one-time payment on top of the usual fees, mainly for a worker outside the US; it also applies when a petition asks for consular notification or a change of status is denied. In all, {value} for a large employer, against {value2} for a worker already in the US. Before it, the largest standard fee was {value3}; employers whose staff are mostly H-1B or L-1 holders paid $4,000 more.',
	'story.western-rivals.annotation':
		'Government charges for a three-year hire: {value} in the UK (large sponsor) and {value2} for an EU Blue Card in Germany, against {value3} in the US for a worker hired from abroad.',
	'story.western-rivals.role': 'chief strategist, Geopolitical Strategy',
	'story.no-job-offer.annotation':
		'Confirmed: officials said the K visa needs no invitation from a Chinese employer or host institution. Its fee has not been published: {value} is what a US citizen pays for an ordinary Chinese visa (unconfirmed for the K visa); the R visa for top foreign talent is free ({value2}).',
	'story.foreign-workers-711000.annotation':
		'The figure matches the {value} residence permits China issued to foreigners in {when}, for every purpose, study and family included. It is not a count of workers: about {value2} of those permits were for work.',
	'story.nearly-18.annotation':
		'The story says “nearly 18%”. The NBS figure for {when}, the latest before publication, was {value}; the August peak was {value2}.',
	'story.fierce-competition.annotation':
		'Each summer graduates push the rate up: it rose from {value2} in {when2} to {value} in {when}, the highest of the new series.',
	'story.fierce-competition.role': '24-year-old postgraduate student, Zhejiang University',
	'story.students-hoped.annotation':
		'In the first lottery since the $100,000 payment and the new wage-weighted selection, registrations were reported at {value} for {when}, against {value2} eligible a year earlier; the figure rests on one secondary report and is unconfirmed. The payment generally does not apply to students already in the US who change status.',
	'story.students-hoped.role': 'Indian master’s student, Sichuan University',

	// ---------------------------------------------------------------- chart pages, data, methodology (issue 4)
	'chartPage.views': 'Show the chart or its data',
	'chartPage.viewChart': 'Chart',
	'chartPage.viewTable': 'Table',
	'chartPage.downloads': 'Download',
	'chartPage.download.csv': 'Data (CSV)',
	'chartPage.download.json': 'Data (JSON)',
	'chartPage.download.svg': 'Image (SVG)',
	'chartPage.download.png': 'Image (PNG)',
	'chartPage.updated': 'Latest figure',
	'chartPage.about': 'About this chart',
	'chartPage.sources': 'All sources',
	'chartPage.sourcesIntro': 'Every source that a data point in this chart cites, with the data it supports.',
	'chartPage.methodology': 'How the data was collected and checked',
	'chartPage.values': '{count} values',
	// i18n (issue 6): sentence patterns of the chart pages that differ between languages
	'chartPage.range': '{from} – {to} ({values})',
	'chartPage.count': '{label} ({count})',
	'chartPage.listComma': ', ',

	'table.caption': 'The numbers behind “{title}”: {count} data points',
	'table.series': 'Series',
	'table.component': 'Component',
	'table.when': 'Date or category',
	'table.x.h1b-cost': 'Year or case',
	'table.x.visa-costs': 'Visa route',
	'table.x.foreign-workers': 'Year',
	'table.x.youth-unemployment': 'Month',
	'table.x.h1b-demand': 'Fiscal year',
	'table.value': 'Value',
	'table.source': 'Source',
	'table.confidence': 'Confidence',
	'table.note': 'Note',
	'table.confidence.confirmed': 'Confirmed',
	'table.confidence.single': 'Single source',
	'table.confidence.inferred': 'Inferred',

	'image.credit': 'Talent Race · {url}',

	'data.indexTitle': 'Talent Race open data',
	'data.indexDescription':
		'The numbers behind every Talent Race chart, one row per data point, each with its source URL, source title and confidence.',
	'data.licence':
		'Compiled by Talent Race from public sources, each named and linked in every row. You may reuse and republish this compilation with credit to Talent Race and to the row’s source; the underlying figures belong to their publishers and remain subject to their terms.',

	'h1b-cost.about':
		'The chart adds up the US government fees an employer paid for one new H-1B petition under the annual cap, using the fees in force on 1 April of each year, the first day cap petitions can be filed. Each fee is a separate component with its own start and end dates, and the totals are computed from them rather than typed in: $610 in 1999, $2,185 in 2005 after the training and fraud prevention fees, $3,390 in 2024 after the asylum program fee and the higher filing fee, and $3,595 in 2025 with the $215 registration fee.\n\nA large employer has more than 25 full-time-equivalent staff. A small one, with 25 or fewer, pays half the training fee ($750 instead of $1,500), the lower filing fee since April 2024 ($460 instead of $780) and half the asylum program fee ($300 instead of $600). Schools, universities and non-profit research bodies, which do not pay the training fee, are not shown.\n\nThe $100,000 payment comes from a presidential proclamation signed on 19 September 2025 and in force from 12:01 a.m. EDT on 21 September 2025. It is a one-time payment on a new petition for a worker outside the United States without a valid H-1B visa. It also applies when a petition asks for consular, port-of-entry or pre-flight notification, and when USCIS denies a requested change of status. It is not charged when USCIS approves a change of status for a worker already in the country, typically a graduate on a student visa. So from 21 September 2025 a large employer pays $103,595 for a worker abroad and $3,595 for a worker in the US; a small employer pays $102,225 and $2,225.\n\nThe early years are partly inferred. The $110 filing fee is documented only from December 2000 and is assumed to have applied since the October 1998 fee rule; the $130 fee is documented for 2003 and its February 2002 start is inferred. The training fee lapsed from 1 October 2003 to 7 December 2004, so 2004 shows only the $130 filing fee. The filing fee on 1 April 1998 was not found, so the history starts in 1999.\n\nLeft out: the separate fee for employers with 50 or more US staff of whom more than half hold H-1B or L-1 status ($4,000 since December 2015, which would raise a large employer’s 2025 total to $7,595); optional premium processing ($2,805 in 2025, $2,965 from 1 March 2026); attorney fees; the State Department visa fee paid at the consulate; and filings for dependants.',
	'h1b-cost.note.small-total': 'Total of the fee components in force on 1 April (inferred by arithmetic).',
	'h1b-cost.note.payment-sum': 'Sum of the fee components in force on 21 September 2025 (inferred by arithmetic).',
	'visa-costs.about':
		'Each bar adds up the government charges that an employer or worker must pay for about three years of work authorisation for one skilled foreign hire: the main applicant only, with no dependants and no legal or service-centre fees, at the rates found for late 2025 and 2026. Every component and its source is in the data files.\n\nThe United States appears four times: a large or a small employer, hiring a worker from abroad (which brings the $100,000 payment) or one already in the country: $103,800, $102,430, $3,595 and $2,225. The two totals for a worker abroad include the $205 consular (MRV) visa fee that the worker pays at a US consulate, because every other country’s total includes its visa fee.\n\nCharges in other currencies are converted to US dollars at the IMF’s SDR valuations of 25 November 2025: £1 = $1.3111, €1 = $1.1551, A$1 = $0.6454, C$1 = $0.7090, ¥1 = $0.006376, ₹1 = $0.011208. The Singapore dollar uses the Brunei dollar’s rate ($0.7665), since the two are interchangeable at par.\n\nThe UK total is the visa fee (£769), the certificate of sponsorship (£525), three years of the Immigration Skills Charge (£1,320 a year for a large sponsor from 16 December 2025, £480 for a small one) and three years of the Immigration Health Surcharge (£1,035 a year): £8,359 or £5,839. Australia counts the visa charge (A$3,210), the nomination fee (A$330) and three years of the Skilling Australians Fund levy (A$1,800 a year for a business with turnover of A$10 million or more, A$1,200 below that). Canada counts the labour market impact assessment (C$1,000), the work permit (C$155) and biometrics (C$85); Germany the national visa (€75) and the EU Blue Card (€100); Singapore the Employment Pass application, issuance and one renewal (S$555); Japan the visa (¥3,000).\n\nChina has not published a fee for the K visa. Its bars show the flat US$140 that US citizens pay for any Chinese visa and the ₹8,800 that Indian citizens pay for a multiple-entry visa of 12 months or more, as an assumption for the K visa. The US$140 rests only on a 2010 consulate notice, so that bar is drawn as unconfirmed. The R visa for top foreign talent has been free since 1 January 2018. A regular job in China would normally also need a work permit and a residence permit, which are not costed here.\n\nLeft out: Canada’s cheaper route without a labour market assessment (C$470), Germany’s optional fast-track procedure (€411), Australia’s one-off sponsorship fee (A$420), Japan’s announced fee rises for 2026 (amounts not found) and any other 2026 changes in the UK, Australia, Canada or Japan that the research did not find.',
	'visa-costs.note.uk-large': 'GBP 8359 converted at IMF SDR rates of 2025-11-25.',
	'visa-costs.note.uk-small': 'GBP 5839 converted at IMF SDR rates of 2025-11-25.',
	'visa-costs.note.australia-large': 'AUD 8940 converted at IMF SDR rates of 2025-11-25.',
	'visa-costs.note.australia-small': 'AUD 7140 converted at IMF SDR rates of 2025-11-25.',
	'visa-costs.note.canada': 'CAD 1240 converted at IMF SDR rates of 2025-11-25.',
	'visa-costs.note.singapore': 'SGD 555 converted at IMF SDR rates of 2025-11-25.',
	'visa-costs.note.germany': 'EUR 175 converted at IMF SDR rates of 2025-11-25.',
	'visa-costs.note.china-k-india': 'INR 8800 converted at IMF SDR rates of 2025-11-25.',
	'visa-costs.note.japan': 'JPY 3000 converted at IMF SDR rates of 2025-11-25.',
	'visa-costs.note.china-r': 'CNY 0 converted at IMF SDR rates of 2025-11-25.',
	'foreign-workers.about':
		'China publishes no yearly count of foreign workers. The chart therefore sets side by side, on one scale, what each figure the sources support counts: residence permits issued during a year, split by purpose as far as the sources itemise them, census counts of foreigners living in China, and for comparison the H-1B workers in the United States.\n\nThe census counts foreign nationals living on the mainland on census day, 1 November, who had stayed or expected to stay three months or more: 593,832 in 2010, the first census to count foreigners, and 845,697 in 2020. Residents from Hong Kong, Macao and Taiwan are not included; with them, the 2020 total was 1,430,695, about 0.1% of the population, against about 0.06% for foreigners alone.\n\nThe 711,000 for 2023 is the National Immigration Administration’s count of residence permits issued that year to foreigners living in China, for every purpose. The research found no official count of 711,000 foreign workers: the figure appears to be the permit count relabelled. The OECD counts 712,000 permits for 2023, of which 237,000 (33%) were for work and 208,000 (29%) for study; for 2022 it counts 477,000 permits, 216,000 of them for work. Permits are issued during a year, so they do not count the people living in China at any one moment.\n\nOfficial estimates of foreigners working in China are round numbers more than a decade apart: about 100,000 in 2004 (People’s Daily) and over 900,000 legally employed in 2016 (the head of the State Administration of Foreign Experts Affairs). They are left out of the chart: neither says what it counts, and the larger one exceeds every count of foreigners living in China. A 2017 reform merged the two work permits for foreigners into one, which also breaks comparability across that year. For comparison, USCIS estimated that about 583,420 people were authorised to work in the United States on H-1B visas on 30 September 2019.\n\nLeft out: about 180,000 registered foreign workers at the end of 2006, from a weak source; about 220,000 employed at the end of 2011, from a State Council report, a different measure from the series shown; 336,000 work permits issued in 2018, which the science minister confirmed but which count permits issued in a year, not workers; and a per-head comparison with the United States, because the only US figure in the research is an immigrant share of the population from a different source and definition.',
	'foreign-workers.note.census-2010':
		'6th census, reference date 1 Nov 2010; first census to count foreigners (staying 3+ months). Confirmed (NBS English release; China Daily; NewDaily/Korean press).',
	'foreign-workers.note.census-2020':
		'7th census, reference date 1 Nov 2020; +251,865 (+42.4%) vs 2010. Confirmed (NBS bulletin No.8 copies; Xinhua; China Daily).',
	'foreign-workers.note.permits-all-2022': 'OECD IMO 2023',
	'foreign-workers.note.permits-all-2023':
		"NIA press conference 18 Jan 2024 (SCMP; Shine). THIS is the likely origin of the '711,000 foreign workers in 2023' figure; it is a count of permits issued for all purposes, not a count of workers. OECD gives 712,000.",
	'foreign-workers.note.permits-family-2022': '24%',
	'foreign-workers.note.permits-private-2022': '16%',
	'foreign-workers.note.permits-study-2022': '15%',
	'foreign-workers.note.permits-study-2023': '29% (OECD IMO 2024)',
	'foreign-workers.note.permits-work-2022': '45% of the total',
	'foreign-workers.note.permits-work-2023': '33% of 712,000 (OECD IMO 2024)',
	'foreign-workers.note.us-h1b-2019':
		'USCIS first official estimate (published Jun 2020); confirmed by several reports (USCIS original not in corpus)',
	'youth-unemployment.about':
		'The chart shows China’s urban surveyed unemployment rate for people aged 16 to 24, from the National Bureau of Statistics’ monthly labour-force survey of urban areas. The bureau’s database could not be read directly, so each month’s value comes from the news reports of the release, and each links to them.\n\nThe old series, published from January 2018, counted students: those looking for work were unemployed, and those who worked at least one hour a week were employed. It reached 21.3% in June 2023, the highest since it began. On 15 August 2023, at the July release, the bureau announced that age-group rates would no longer be published, saying labour statistics needed improving; July 2023 and later months were never released under the old definition.\n\nPublication resumed on 17 January 2024 with December 2023, under a new definition that leaves out everyone enrolled in school: 14.9% for ages 16 to 24. The bureau also split the 25–59 group into 25–29 and 30–59, shown here for context. The new series is lowest in June and peaks in August as graduates join the labour force: 18.8% in August 2024 and 18.9% in August 2025, its highest so far.\n\nThe two 16–24 series measure different populations, so they are separate lines and never joined. No back-series of the new definition before December 2023 has been published, so there are no overlapping months to link them.\n\nMonths not found in the sources are gaps, not zeros: all of 2018 and 2019, most of 2020 and a few months of 2021 to 2023 in the old series; the new series has none. March 2026 is inferred from April’s level and the reported change. Nothing after May 2026 (15.6%) was found, so the 2026 graduation-season peak is missing. Some values rest on one outlet or are inferred from reported month-on-month changes; the data files mark each one. Neither series counts young people who have given up looking for work. The overall urban rate for all ages is in the research but left out, to keep the chart on the age groups.',
	'h1b-demand.about':
		'Since March 2020, an employer must win an electronic registration lottery before it may file an H-1B petition under the annual cap. The columns show eligible registrations by the fiscal year of employment, which starts on 1 October; the lottery runs in March of the year before.\n\nEligible registrations exclude duplicates and invalid entries: 269,424 for 2021, a peak of 758,994 for 2024, then 470,342 for 2025 and 343,981 for 2026. From 2025 the lottery selects by person rather than by registration, which cut multiple registrations for the same worker. The narrower columns inside them show registrations selected over all rounds: more than the cap, because not every selected employer files a petition.\n\nThe annual cap is 85,000 visas: 65,000 regular ones, of which 6,800 are set aside for the H-1B1 programme for Chile and Singapore, plus 20,000 for holders of US master’s or higher degrees.\n\nThe 2027 season (4–19 March 2026) was the first with the $100,000 payment for workers abroad and with a lottery weighted by wage level. Its figure of 211,600 “properly submitted” registrations, 38.5% fewer than a year earlier, comes from one secondary report of USCIS figures (21 May 2026), which no USCIS page or major outlet confirms, so it is drawn as unconfirmed; may not be counted exactly like the eligible registrations of earlier years, and its selections were not found.\n\nLeft out: registrations before eligibility checks, counts of unique beneficiaries (outlets label them inconsistently), and approved petitions, which include renewals and employers outside the cap as well as new cap cases.',

	'h1b-demand.datum.eligible-2027': 'Properly submitted registrations (unconfirmed)',
	'h1b-demand.note.cap': '65,000 regular cap plus 20,000 for holders of US master’s degrees.',
	'h1b-demand.note.eligible-2027': 'FY2027 figure is "properly submitted" registrations, from one secondary report.',
	'corrections.title': 'Corrections and updates',
	'corrections.intro': 'Changes to the data and wording after publication, newest first.',
	'corrections.sources-2026-12.title': 'Sources replaced, producers named, wording corrected',
	'corrections.sources-2026-12.body':
		'An editor’s audit found no wrong charted value, but many weak sources. We replaced 72 spam, mirror, content-farm and partisan domains with the original publishers or reputable outlets, and every source line, tooltip, table row and data file now names the institution that produced the number. Figures with no reputable copy are kept but marked unconfirmed and drawn hollow or hatched, among them the 211,600 H-1B registrations reported for 2027. Youth unemployment gained 13 values, including February 2026 (16.1%, unconfirmed); 18 were upgraded and 24 downgraded. The US totals for a worker hired from abroad now include the $205 consular visa fee, like the other countries’ totals: $103,800 and $102,430. China’s K-visa fee is marked as unpublished. The 220,000 foreigners “legally working” are dated 2011, not 2012, and 2023 border crossings are 35,478,000. We corrected what we said about who pays the $100,000 (it also applies when a petition asks for consular notification or a change of status is denied), the largest standard fee before it, and the fall in 2027 registrations, which coincides with the new wage-weighted lottery and which the payment generally does not explain for students already in the US.',
	'methodology.title': 'Methodology and sources',
	'methodology.intro':
		'How the figures on this site were collected, what they mean, how sure we are of each, and where every one of them comes from.',
	'methodology.collectedTitle': 'How the data was collected',
	'methodology.collected':
		'All figures come from research compiled in November 2026 and revised in December 2026 (see “Corrections and updates”) from stored copies of public web pages: government notices and their copies, news wires, state media, law-firm alerts, OECD reports and data aggregators. No government database could be queried directly, so most numbers rest on a page that reports or mirrors the official release. Many of those pages are syndicated copies of the original report, and each is listed as found. No number was invented: where a value was not found, the charts leave a gap.',
	'methodology.confidenceTitle': 'How sure each number is',
	'methodology.confidence':
		'Every data point carries one of four confidence levels. Confirmed: two or more independent sources give the same value. Single source: only one source was found, so treat the value as provisional. Inferred: the value is worked out by arithmetic or from a stated assumption, for example a month’s rate from the next month’s level and the reported change, a total added up from its parts, or a fee assumed to have applied before the first date it is documented. Unconfirmed: no reputable copy of the figure was found, only a mirror, a copy site or a single non-authoritative report; the value is still published, but drawn hollow or hatched and marked in tooltips and tables (“weak” in the data files). The data table, the CSV and the JSON files give the level of each point.',
	'methodology.caveatsTitle': 'Caveats',
	'methodology.caveat711Title': 'The “711,000 foreign workers”',
	'methodology.caveat711':
		'The AP story says China had an estimated 711,000 foreign workers in 2023. The only matching official number is the National Immigration Administration’s count of 711,000 residence permits issued in 2023 to foreigners living in China, for every purpose, study and family included. The OECD counts 712,000 permits that year, of which about 237,000 were for work. It counts permits issued during the year, not people working in China, and no official count of foreign workers for 2023 was found. The foreign-workers chart shows the permits for every purpose and those for work as separate series.',
	'methodology.caveatYouthTitle': 'The break in China’s youth jobless rate',
	'methodology.caveatYouth':
		'Until June 2023, China’s 16–24 jobless rate counted students looking for work as unemployed; it reached a record 21.3% that month. The statistics bureau then stopped publishing age-group rates, and resumed with December 2023 under a new definition that leaves all students out. The two series measure different groups of young people, so the chart draws them as separate lines with a gap between them, and a fall from one to the other is not a fall in unemployment. The story’s “nearly 18%” is the new series: 17.7% in September 2025.',
	'methodology.caveatLegalTitle': 'The legal status of the $100,000 payment',
	'methodology.caveatLegal':
		'The payment rests on a presidential proclamation signed on 19 September 2025 under sections 212(f) and 215(a) of the Immigration and Nationality Act, in force from 21 September 2025 for 12 months unless extended. It has been challenged in court:',
	'methodology.legal.1':
		'3 October 2025: unions, health-care providers, schools and religious groups sue in the Northern District of California (Global Nurse Force v. Trump). The outcome was not found.',
	'methodology.legal.2':
		'16 October 2025: the US Chamber of Commerce, with the Association of American Universities, sues in the District of Columbia (Chamber of Commerce v. DHS).',
	'methodology.legal.3':
		'12 December 2025: 20 states sue in the District of Massachusetts (State of California v. Noem).',
	'methodology.legal.4':
		'23 December 2025: the District of Columbia court (Judge Howell) rules for the government and upholds the payment; some outlets date the ruling 24 December.',
	'methodology.legal.5':
		'Late December 2025: the Chamber appeals to the D.C. Circuit (sources give 29 or 31 December). On 5 January 2026 the appeals court sets an expedited schedule, with argument expected in February. Its decision was not found.',
	'methodology.legal.6':
		'8 June 2026: the Massachusetts court (Judge Sorokin) holds the payment unlawful, as an unauthorised tax, and sets aside the agencies’ guidance that implements it.',
	'methodology.legal.7':
		'12 June 2026: the same court pauses its ruling while the government appeals, and the payment is collected again.',
	'methodology.legal.8': '21 September 2026: the proclamation’s 12-month term ends unless it is extended.',
	'methodology.legalAfter':
		'As of the latest source found, dated 1 July 2026, the payment was still being collected. We did not find the D.C. Circuit’s decision, any ruling of the First Circuit on the Massachusetts appeal, the outcome of the California case, or whether the proclamation was extended past 21 September 2026. The charts show the payment as in force from 21 September 2025; check its status today before relying on it.',
	'methodology.otherTitle': 'Other gaps',
	'methodology.other':
		'China has published no fee for the K visa, and no count of K visas issued or applied for was found. The 2027 H-1B registration figure rests on one secondary report. Fee changes abroad during 2026 may be missing. Each chart’s page lists what it leaves out and why.',
	'methodology.sourcesTitle': 'Sources by chart',
	'methodology.sourcesIntro':
		'Every source that a data point cites, grouped by chart, with the data it supports. The data files give the sources of each single point.',
	'methodology.chartLinks': 'Chart, data table and downloads',
	'methodology.reportTitle': 'Report an error',
	'methodology.report':
		'If a number does not match its source, a link is broken, or you know a better source, please write to {email}. Name the chart and the data point: each row of the data table and of the CSV and JSON files has a key, such as new-16-24-2025-08, and a link of the form /charts/youth-unemployment?datum=new-16-24-2025-08 opens the chart with that point highlighted.'
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
