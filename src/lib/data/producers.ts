import type { After } from '$lib/i18n/keys';
import type { MessageKey } from '$lib/i18n/messages.en';

/** An institution with a name in the catalogues (`producer.<id>`); an id without one is a type error. */
export type ProducerId = After<MessageKey, 'producer.'>;

/**
 * Who produced each number: the research's `producer` cell (English, sometimes with a qualifier such
 * as "(census)" or "(sum computed by newsroom)") mapped to the institution a reader sees, whose name
 * is the catalogue entry `producer.<id>` in each language. `producers.spec.ts` fails when a producer
 * in the data has no entry here, or an entry has no name in a catalogue.
 */
export const PRODUCERS: Readonly<Record<string, readonly ProducerId[]>> = {
	'National Bureau of Statistics of China': ['nbs'],
	'National Bureau of Statistics of China (census)': ['nbs'],
	'National Bureau of Statistics of China (figure attributed; unverified)': ['nbs'],
	"Chinese labour authorities (official statistics reported by People's Daily)": ['china-labour'],
	'Ministry of Labour and Social Security of China (2006 statistical bulletin)': ['molss'],
	'Ministry of Public Security of China': ['mps'],
	'Ministry of Public Security of China (State Council report to the NPC Standing Committee)': ['mps'],
	'Ministry of Science and Technology of China': ['most'],
	'National Immigration Administration (China)': ['nia'],
	'OECD (International Migration Outlook, citing Chinese official data)': ['oecd'],
	'State Administration of Foreign Experts Affairs (SAFEA)': ['safea'],
	'unknown (figure attributed to SCMP, Sep 2023; no official source found)': ['unknown'],
	'U.S. Citizenship and Immigration Services (USCIS)': ['uscis'],
	'U.S. Citizenship and Immigration Services (USCIS), as reported by opentro.com (unverified)': ['uscis'],
	"USCIS data, as cited by India's Ministry of External Affairs (Rajya Sabha reply, 6 Feb 2025)": ['uscis'],
	'Pew Research Center (analysis of USCIS data)': ['pew'],
	'U.S. Congress (INA s.214(g) statutory cap; administered by USCIS)': ['congress'],
	'U.S. Congress (ACWIA fee sunset)': ['congress'],
	'U.S. Congress (ACWIA statutory fee; collected by INS)': ['congress'],
	'U.S. Congress (statutory ACWIA fee; collected by INS)': ['congress'],
	'U.S. Congress (Emergency Stopgap USCIS Stabilization Act)': ['congress'],
	'U.S. Congress (H-1B Visa Reform Act of 2004; collected by USCIS)': ['congress'],
	'U.S. Congress (Pub. L. 111-230)': ['congress'],
	'U.S. Congress (Pub. L. 114-113)': ['congress'],
	'Immigration and Naturalization Service (INS)': ['ins'],
	'The White House (Presidential Proclamation); implemented by USCIS': ['white-house'],
	'U.S. Department of State': ['state-department'],
	'USCIS / The White House (sum computed by newsroom)': ['uscis', 'white-house'],
	'USCIS / The White House / U.S. Department of State (sum computed by newsroom)': [
		'uscis',
		'white-house',
		'state-department'
	],
	'UK Home Office': ['uk-home-office'],
	'UK Home Office (sum computed by newsroom)': ['uk-home-office'],
	'Australian Department of Home Affairs': ['au-home-affairs'],
	'Australian Department of Home Affairs (sum computed by newsroom)': ['au-home-affairs'],
	'Employment and Social Development Canada (ESDC)': ['esdc'],
	'Immigration, Refugees and Citizenship Canada (IRCC)': ['ircc'],
	'ESDC and IRCC (sum computed by newsroom)': ['esdc', 'ircc'],
	'German Federal Foreign Office (Auswaertiges Amt)': ['de-foreign-office'],
	'German Federal Government (AufenthV s.47(1) no.15)': ['de-government'],
	'German Federal Government (Residence Ordinance, AufenthV s.45)': ['de-government'],
	'German Federal Foreign Office and Federal Government (sum computed by newsroom)': [
		'de-foreign-office',
		'de-government'
	],
	'Immigration Services Agency of Japan': ['jp-isa'],
	'Ministry of Foreign Affairs of Japan': ['jp-mofa'],
	'Ministry of Foreign Affairs of Japan / Immigration Services Agency (sum computed by newsroom)': [
		'jp-mofa',
		'jp-isa'
	],
	'Ministry of Manpower (Singapore)': ['sg-mom'],
	'Ministry of Manpower, Singapore (sum computed by newsroom)': ['sg-mom'],
	'Chinese Embassy and Consulates in the US (Ministry of Foreign Affairs of China)': ['cn-mfa'],
	'Embassy of China in India': ['cn-mfa'],
	'State Council of China (implementing measures for R visas)': ['cn-state-council']
};

/** Every institution id, for the catalogues' `producer.<id>` names. */
export const PRODUCER_IDS = [...new Set(Object.values(PRODUCERS).flat())];

/**
 * The institutions behind a datum's producers, each once, in order.
 * @throws when a producer is not in the table (a test checks the whole dataset first)
 */
export function producerIds(producers: readonly string[]): ProducerId[] {
	return [
		...new Set(
			producers.flatMap((p) => {
				const ids = PRODUCERS[p];
				if (!ids) throw new Error(`producer "${p}" has no entry in PRODUCERS (src/lib/data/producers.ts)`);
				return ids;
			})
		)
	];
}
