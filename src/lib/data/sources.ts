import type { Source } from './types';

/** Publisher names for the hosts the research cites; anything else is shown by its host name. */
const PUBLISHERS: Record<string, string> = {
	'globaltimes.cn': 'Global Times',
	'scmp.com': 'South China Morning Post',
	'people.cn': "People's Daily",
	'chinadaily.com.cn': 'China Daily',
	'chinadailyhk.com': 'China Daily Hong Kong',
	'cna.com.tw': 'Central News Agency',
	'zawya.com': 'Zawya (Reuters)',
	'japannews.yomiuri.co.jp': 'Japan News (Reuters)',
	'devdiscourse.com': 'Devdiscourse (agencies)',
	'business-standard.com': 'Business Standard',
	'udn.com': 'United Daily News',
	'rthk.hk': 'RTHK',
	'tvbs.com.tw': 'TVBS',
	'caixin.com': 'Caixin',
	'straitstimes.com': 'The Straits Times',
	'voacantonese.com': 'VOA Cantonese',
	'chinatimes.com': 'China Times',
	'163.com': 'NetEase',
	'freemalaysiatoday.com': 'Free Malaysia Today (Bloomberg)',
	'equalocean.com': 'EqualOcean',
	'theepochtimes.com': 'The Epoch Times',
	'epochtimes.com': 'The Epoch Times',
	'trendforce.com': 'TrendForce DataTrack',
	'livedoor.com': 'Livedoor News (TBS)',
	'bigmacrodata.com': 'BigMacroData',
	'shine.cn': 'Shine (Shanghai Daily)',
	'oecd.org': 'OECD International Migration Outlook',
	'financialexpress.com': 'The Financial Express',
	'guancha.cn': 'Guancha',
	'visaserve.com': 'VisaServe (USCIS estimate)',
	'ilw.com': 'ILW Immigration Daily',
	'immihelp.com': 'Immihelp (USCIS Yates memo)',
	'visalaw.com': 'Visalaw',
	'temple.edu': 'Temple University',
	'usaia.org': 'USAIA (USCIS notice)',
	'lexology.com': 'Lexology',
	'unt.edu': 'USCIS (UNT web archive)',
	'mhkimmigration.com': 'MHK Immigration',
	'midorilawgroup.com': 'Midori Law Group',
	'goellaw.com': 'Goel & Anderson',
	'justia.com': 'Federal Register (Justia)',
	'gip-us.com': 'GIP',
	'cilawgroup.com': 'Corporate Immigration Law Group',
	'gpo.gov': 'Federal Register (GPO)',
	'newindianexpress.com': 'The New Indian Express',
	'mario-ramos.com': 'Mario Ramos',
	'mmhpc.com': 'MMH',
	'bashyamglobal.com': 'Bashyam Global',
	'elaws.us': 'Federal Register (eLaws)',
	'balglobal.com': 'BAL',
	'visaverge.com': 'VisaVerge',
	'psbplaw.com': 'PSBP',
	'nixonpeabody.com': 'Nixon Peabody',
	'bakermckenzie.com': 'Baker McKenzie',
	'birketts.co.uk': 'Birketts',
	'morganlewis.com': 'Morgan Lewis',
	'visahq.com': 'VisaHQ',
	'e-lhr.com': 'e-LHR',
	'fsp-law.com': 'FSP Law',
	'pkalert.com': 'PK Alert',
	'fosterglobal.com': 'Foster',
	'smartjobsfast.com': 'SmartJobsFast',
	'emigranto.com': 'Emigranto',
	'travellingsouth.com.au': 'Travelling South',
	'visaexecutive.com': 'Visa Executive',
	'mndco.com.au': 'MNDCO',
	'hwimmigrationlawyers.com': 'HW Immigration Lawyers',
	'relocatemagazine.com': 'Relocate Magazine',
	'timcole.com.sg': 'Tim Cole',
	'formli.ai': 'Formli',
	'japan-workers.com': 'Japan Workers',
	'pulsedaily.ph': 'Pulse Daily (Jiji)',
	'ckhq.net': 'CKHQ (Kyodo)',
	'georgiachinesevisa.org': 'Chinese visa centre (Georgia)',
	'china-consulate.org': 'Chinese Consulate-General, Houston',
	'chinatraveltips.de': 'China Travel Tips',
	'indiandefensenews.in': 'Indian Defence News',
	'livemint.com': 'Mint',
	'gov.cn': 'Chinese government (gov.cn)',
	'crownrelo.com': 'Crown Relocations',
	'hfmfeb.cn': 'SAFEA notice (copy)',
	'eiglaw.com': 'EIG Law',
	'tandslaw.com': 'T&S Law',
	'ogletree.com': 'Ogletree Deakins',
	'cozen.com': 'Cozen O’Connor',
	'knapplawco.com': 'Knapp Law',
	'mondaq.com': 'Mondaq (Fragomen)',
	'fragomen.com': 'Fragomen',
	'kmhimmigration.com': 'KMH Immigration',
	'goldsea.com': 'GoldSea (Reuters)',
	'legalclarity.org': 'LegalClarity',
	'nchstats.com': 'NCH Stats',
	'opentro.com': 'Opentro (USCIS figures)',
	'americanbazaaronline.com': 'American Bazaar',
	'techiai.com': 'Times of India (copy)',
	'news18.com': 'News18',
	'newszop.com': 'Times of India (NewsZop copy)',
	'vdocuments.mx': 'USCIS report (copy)',
	'ofnumbers.com': 'Of Numbers',
	'eataxguide.com': 'EA Tax Guide',
	'cronullanews.sydney': 'Cronulla News',
	'iandoli.com': 'Iandoli',
	'hsdimmigrationlawyer.com': 'HSD Immigration'
};

/** Host name of a URL without `www.`/`m.`/`en.`, e.g. `globaltimes.cn`. */
export function hostOf(url: string): string {
	return new URL(url).hostname.replace(
		/^(www|m|en|news|read|datatrack|hk|tw|insightplus|resources|webarchive\.library)\./,
		''
	);
}

/** The readable name shown for a source URL: its publisher if known, else its host. */
export function sourceTitle(url: string): string {
	const host = hostOf(url);
	const match = Object.keys(PUBLISHERS).find((domain) => host === domain || host.endsWith(`.${domain}`));
	return match ? PUBLISHERS[match] : host;
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
