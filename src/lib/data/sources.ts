import type { Source } from './types';

/**
 * The one table of publisher names: every domain the data cites, by the publisher a reader knows it as.
 * A subdomain takes the longest matching entry (`bg.china-embassy.gov.cn` is the embassy, not gov.cn).
 * `sources.spec.ts` fails when a cited domain has no name here, so no raw domain reaches a reader.
 * A row's first source takes the research's own `source_title` instead (it names that page exactly,
 * e.g. "Reuters via Zawya"); this table names the further sources.
 */
export const PUBLISHERS: Readonly<Record<string, string>> = {
	'163.com': 'NetEase News',
	'51ldb.com': 'Labour Daily (Shanghai)',
	'aastocks.com': 'AAStocks (Infocast)',
	'afpbb.com': 'AFPBB News',
	'agenzianova.com': 'Agenzia Nova',
	'ansa.it': 'ANSA',
	'anwalt24.de': 'anwalt24.de legal portal',
	'asiae.co.kr': 'The Asia Business Daily',
	'asyl-office.com': 'Asyl Administrative Scrivener Office',
	'bakermckenzie.com': 'Baker McKenzie',
	'bal.com': 'BAL',
	'balglobal.com': 'BAL',
	'bank.dzxwnews.com': 'NBS briefing (mirror copy)',
	'bashyamglobal.com': 'Bashyam Global',
	'bingeworthynews.com': 'Bingeworthy News',
	'birketts.co.uk': 'Birketts LLP',
	'bloombergtax.com': 'Bloomberg Tax',
	'bnn.ca': 'BNN Bloomberg',
	'borneobulletin.com.bn': 'Borneo Bulletin',
	'business-standard.com': 'Business Standard',
	'businesstimes.com.sg': 'The Business Times (Singapore)',
	'businesstoday.in': 'Business Today (India)',
	'caixinglobal.com': 'Caixin Global',
	'canada.ca': 'Government of Canada',
	'casetext.com': 'Casetext (Federal Register copy)',
	'china-consulate.org': 'Chinese Consulate-General in Houston',
	'china-embassy.gov.cn': 'Chinese Embassy in Bulgaria',
	'chinadaily.com.cn': 'China Daily',
	'chinadailyhk.com': 'China Daily Hong Kong',
	'chinaeconomicreview.com': 'China Economic Review',
	'chinanews.com.cn': 'China News Service',
	'chinatimes.com': 'China Times',
	'cilawgroup.com': 'Corporate Immigration Law Group',
	'cinic.org.cn': 'China Industry and Information Network',
	'cis.org': 'Center for Immigration Studies',
	'cjdsd.net': 'China News Service (mirror copy)',
	'cna.com.tw': 'Central News Agency (Taiwan)',
	'connectfm.ca': 'Connect FM (ANI)',
	'cri.cn': 'China Radio International',
	'cozen.com': "Cozen O'Connor",
	'crownrelo.com': 'Crown World Mobility',
	'devdiscourse.com': 'Devdiscourse',
	'diplo.de': 'German Federal Foreign Office (missions abroad)',
	'e-lhr.com': 'e-LHR',
	'ecns.cn': 'China News Service',
	'economictimes.indiatimes.com': 'The Economic Times',
	'eiglaw.com': 'Erickson Immigration Group',
	'ein.org.uk': 'Electronic Immigration Network',
	'enanyang.my': 'Nanyang Siang Pau',
	'energy-daily.com': 'Energy Daily (AFP)',
	'equalocean.com': 'EqualOcean',
	'etnet.com.hk': 'ETNet',
	'ettoday.net': 'ETtoday',
	'expat.com.au': 'Expat.com.au',
	'ey.com': 'EY',
	'federalregister.gov': 'Federal Register',
	'finance.sina.com.cn': 'Sina Finance',
	'financialexpress.com': 'The Financial Express',
	'finanznachrichten.de': 'dpa-AFX via finanznachrichten.de',
	'findlaw.com': 'FindLaw',
	'finethk.com': 'Finet HK',
	'focalpointcanadaimmigration.ca': 'Focal Point Canada Immigration',
	'formli.ai': 'Formli',
	'fortuneinsight.com': 'Fortune Insight',
	'fosterglobal.com': 'Foster LLP',
	'freemalaysiatoday.com': 'Free Malaysia Today',
	'fsp-law.com': 'FSP Law',
	'gansudaily.com.cn': 'Gansu Daily',
	'gate.com': 'Gate (crypto-exchange news feed)',
	'gate.tv': 'Gate (crypto-exchange news feed)',
	'gifu-np.co.jp': 'Gifu Shimbun',
	'gip-us.com': 'GIP',
	'globaltimes.cn': 'Global Times',
	'goellaw.com': 'Goel & Anderson',
	'gov.cn': 'Gov.cn (State Council of China)',
	'govinfo.gov': 'GovInfo (U.S. Federal Register)',
	'gpo.gov': 'GPO (U.S. Federal Register)',
	'gridmigration.com': 'Grid Migration',
	'guancha.cn': 'Guancha',
	'hfmfeb.cn': 'Hefei foreign-experts notice (copy)',
	'hrmasia.com': 'HRM Asia',
	'htelawgroup.com.au': 'HTE Law Group',
	'hwimmigrationlawyers.com': 'HW Immigration Lawyers',
	'idp.com': 'IDP Education',
	'ilw.com': 'ILW.com Immigration Daily',
	'immihelp.com': 'Immihelp (USCIS memo copy)',
	'immiresponse.au': 'Immi Response',
	'immiupdates.com.au': 'Immi Updates',
	'indiandefensenews.in': 'Indian Defence News',
	'inkl.com': 'inkl',
	'japannews.yomiuri.co.jp': 'The Japan News (Yomiuri)',
	'jdsupra.com': 'JD Supra',
	'jiji.com': 'Jiji Press',
	'justia.com': 'Justia Regulations (Federal Register copy)',
	'justice.gc.ca': 'Justice Laws Website (Canada)',
	'khaleejtimes.com': 'Khaleej Times',
	'kobaoffice.com': 'Koba Administrative Scrivener Office',
	'latestly.com': 'LatestLY',
	'lawfirm4immigrants.com': 'Law Offices of Spar & Bernstein',
	'lewisrice.com': 'Lewis Rice',
	'lexology.com': 'Lexology',
	'livedoor.com': 'Livedoor News',
	'livemint.com': 'Mint',
	'mario-ramos.com': 'Mario Ramos Law',
	'marketscreener.com': 'MarketScreener',
	'megatime.com.tw': 'PChome Megatime',
	'meltzerhellrung.com': 'Meltzer Hellrung',
	'mhkimmigration.com': 'MHK Immigration',
	'midorilawgroup.com': 'Midori Law Group',
	'mmhpc.com': 'MMH Immigration',
	'mndco.com.au': 'MND & Co',
	'moj.go.jp': 'Immigration Services Agency of Japan',
	'mondaq.com': 'Mondaq',
	'morganlewis.com': 'Morgan Lewis',
	'newdaily.co.kr': 'NewDaily',
	'newindianexpress.com': 'The New Indian Express',
	'news.az': 'News.Az',
	'newsweekjapan.jp': 'Newsweek Japan',
	'nikihou.jp': 'Nikihou',
	'nippon.com': 'Nippon.com',
	'nixonpeabody.com': 'Nixon Peabody',
	'nnuimmigration.com': 'NNU Immigration',
	'oecd.org': 'OECD',
	'opentro.com': 'Opentro ("Lottery Results" site)',
	'people.cn': "People's Daily Online",
	'pledgetimes.com': 'Pledge Times',
	'policycn.com': 'PolicyCN',
	'psbplaw.com': 'PSBP Law',
	'relocatemagazine.com': 'Relocate Magazine',
	'rthk.hk': 'RTHK',
	'sbbit.jp': 'Business+IT (SB Creative)',
	'scanschools.com': 'ScanSchools',
	'scmp.com': 'South China Morning Post',
	'shine.cn': 'Shanghai Daily (SHINE)',
	'speedwayscene.com': 'Speedway Scene',
	'squidsaccess.com': 'squidsaccess (Reuters copy site)',
	'staffingindustry.com': 'Staffing Industry Analysts',
	'stats.gov.cn': 'National Bureau of Statistics of China',
	'straitstimes.com': 'The Straits Times',
	'tandslaw.com': 'T&S Law',
	'tbs.co.jp': 'TBS News Dig',
	'temple.edu': 'Temple University',
	'timcole.com.sg': 'Tim Cole',
	'tlt.com': 'TLT LLP',
	'trendforce.com': 'TrendForce DataTrack',
	'trowrahal.com': 'Trow & Rahal',
	'tv-asahi.co.jp': 'TV Asahi',
	'tvbs.com.tw': 'TVBS',
	'tw.news.yahoo.com': 'Yahoo News Taiwan',
	'udn.com': 'United Daily News',
	'ukranews.com': 'Ukrainian News',
	'urdupoint.com': 'UrduPoint',
	'urteile-gesetze.de': 'Urteile & Gesetze (text of German law)',
	'usaia.org': 'USAIA (USCIS notice copy)',
	'usembassy.gov': 'U.S. Embassy (Department of State)',
	'visaatlas.org': 'VisaAtlas',
	'visaexecutive.com': 'Visa Executive',
	'visahq.com': 'VisaHQ',
	'visalaw.com': 'Siskind Susser (Visalaw.com)',
	'visaserve.com': 'VisaServe',
	'visaverge.com': 'VisaVerge',
	'vlex.com': 'vLex (Federal Register copy)',
	'webarchive.library.unt.edu': 'UNT Web Archive (copy of uscis.gov)',
	'willans.co.uk': 'Willans LLP',
	'wowkorea.jp': 'WoW!Korea',
	'xinhuanet.com': 'Xinhua',
	'yahoo.co.jp': 'Yahoo! Japan News',
	'zawya.com': 'Zawya',
	'zbs-auf.info': 'ZBS Ausländerrecht (text of German law)'
};

/** Host name of a URL without a leading `www.`, e.g. `globaltimes.cn`. */
export function hostOf(url: string): string {
	return new URL(url).hostname.replace(/^www\./, '');
}

/** The publisher of a URL from the table, or `undefined` when its domain has no name there. */
export function publisherName(url: string): string | undefined {
	const host = hostOf(url);
	const match = Object.keys(PUBLISHERS)
		.filter((domain) => host === domain || host.endsWith(`.${domain}`))
		.sort((a, b) => b.length - a.length)[0];
	return match ? PUBLISHERS[match] : undefined;
}

/** The readable name shown for a source URL: its publisher, or its host for a domain not in the table. */
export function sourceTitle(url: string): string {
	return publisherName(url) ?? hostOf(url);
}

/**
 * Splits a research cell of one or more URLs (separated by ` ; ` or ` | `) into sources.
 * Throws on anything that is not an http(s) URL, so a row without a real source cannot load.
 */
export function parseSources(cell: string): Source[] {
	const urls = cell
		.split(/\s+[;|]\s+/)
		.map((part) => part.trim())
		.filter(Boolean);
	if (urls.length === 0) throw new Error('no source URL');
	return urls.map((url) => {
		// `|` never appears in a URL unencoded; `;` does, but not right before another URL's scheme.
		const joiner = /\|/.test(url) ? '|' : /;https?:\/\//.test(url) ? ';' : null;
		if (joiner) {
			throw new Error(`"${url}" joins URLs with "${joiner}" without spaces: separate them with " ${joiner} "`);
		}
		if (!/^https?:\/\/[^\s]+$/.test(url)) throw new Error(`not an http(s) URL: "${url}"`);
		return { url, title: sourceTitle(url) };
	});
}
