import type { ChartData } from '$lib/data/types';

/**
 * Chinese translations of the research's notes on single data points (the data table's "Note"
 * column), keyed by the English note itself: a note whose English text changes has no translation
 * until someone writes one, and `dataNotes.spec.ts` fails until then. The data files stay English.
 */
export const DATA_NOTES_ZH: Readonly<Record<string, string>> = {
	'Total of the fee components in force on 1 April (inferred by arithmetic).':
		'当年4月1日有效的各项费用之和（按算术推算）。',
	'Sum of the fee components in force on 21 September 2025 (inferred by arithmetic).':
		'2025年9月21日生效的各项费用之和（由计算得出）。',

	'GBP 8359 converted at IMF SDR rates of 2025-11-25.':
		'8,359英镑，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'GBP 5839 converted at IMF SDR rates of 2025-11-25.':
		'5,839英镑，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'AUD 8940 converted at IMF SDR rates of 2025-11-25.':
		'8,940澳元，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'AUD 7140 converted at IMF SDR rates of 2025-11-25.':
		'7,140澳元，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'CAD 1240 converted at IMF SDR rates of 2025-11-25.':
		'1,240加元，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'SGD 555 converted at IMF SDR rates of 2025-11-25.':
		'555新加坡元，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'EUR 175 converted at IMF SDR rates of 2025-11-25.':
		'175欧元，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'INR 8800 converted at IMF SDR rates of 2025-11-25.':
		'8,800印度卢比，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'JPY 3000 converted at IMF SDR rates of 2025-11-25.':
		'3,000日元，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'CNY 0 converted at IMF SDR rates of 2025-11-25.':
		'0元人民币，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',

	'6th census, reference date 1 Nov 2010; first census to count foreigners (staying 3+ months). Confirmed (NBS English release; China Daily; NewDaily/Korean press).':
		'第六次全国人口普查，标准时点为2010年11月1日；首次统计外国人（居留3个月以上）。已证实（国家统计局英文发布、《中国日报》、韩国NewDaily等韩国媒体）。',
	'7th census, reference date 1 Nov 2020; +251,865 (+42.4%) vs 2010. Confirmed (NBS bulletin No.8 copies; Xinhua; China Daily).':
		'第七次全国人口普查，标准时点为2020年11月1日；比2010年增加251,865人（增长42.4%）。已证实（国家统计局第八号公报的转载、新华社、《中国日报》）。',
	'OECD IMO 2023': '经合组织《2023年国际移民展望》',
	"NIA press conference 18 Jan 2024 (SCMP; Shine). THIS is the likely origin of the '711,000 foreign workers in 2023' figure; it is a count of permits issued for all purposes, not a count of workers. OECD gives 712,000.":
		'国家移民管理局2024年1月18日新闻发布会（《南华早报》、Shine亦有报道）。这很可能就是“2023年有71.1万外籍劳动者”一说的出处；它统计的是各类事由签发的许可，而非劳动者人数。经合组织的数字为71.2万。',
	'45% of the total': '占总数的45%',
	'24%': '24%',
	'16%': '16%',
	'15%': '15%',
	'29% (OECD IMO 2024)': '29%（经合组织《2024年国际移民展望》）',
	'33% of 712,000 (OECD IMO 2024)': '占71.2万的33%（经合组织《2024年国际移民展望》）',
	'USCIS first official estimate (published Jun 2020); confirmed by several reports (USCIS original not in corpus)':
		'美国公民及移民服务局首次发布的官方估计（2020年6月公布）；多篇报道予以证实（未找到该局原始文件）',

	'65,000 regular cap plus 20,000 for holders of US master’s degrees.':
		'常规配额6.5万个，另有2万个留给美国硕士学位持有人。',
	'FY2027 figure is "properly submitted" registrations, from one secondary report.':
		'2027财年的数字为“有效提交”的注册数，来自一份二手报道。'
};

/**
 * `data` with each datum's note in Chinese, for the Chinese chart pages. A note without a
 * translation stays English (the unit test names it).
 */
export function withChineseNotes(data: ChartData): ChartData {
	return {
		...data,
		datums: data.datums.map((d) => (d.note && DATA_NOTES_ZH[d.note] ? { ...d, note: DATA_NOTES_ZH[d.note] } : d))
	};
}
