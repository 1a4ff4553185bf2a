import type { Messages } from './messages.en';

/**
 * The Simplified Chinese catalogue: the same keys as the English one (a missing or extra key is a
 * type error), written for Chinese readers rather than translated word for word.
 * Numbers follow `formatters('zh')` (src/lib/format.ts): 71.1万, 10万美元, 103,595美元, 17.7%,
 * 2025年9月; the unit tests check that every figure written here is in that style.
 * Age ranges use the Chinese range dash (16—24岁), as the NBS writes them.
 */
export const zh: Messages = {
	'site.name': '人才争夺战',
	'site.title': '人才争夺战：中国K字签证、美国10万美元H-1B费用与就业之问',
	'site.headline': '美国抬高门槛之际，中国向外国科技人才敞开大门',
	'site.intro':
		'2025年9月，美国规定，为身在海外的员工新提交H-1B申请须缴纳10万美元。数日后，中国推出面向外国青年科技人才的K字签证，申请人无需事先获得工作邀约。美联社2025年11月10日对此作了报道，本站用五张图表逐一核对报道中的说法：聘用一名外国员工要花多少钱，有多少人想赴美工作，中国有多少外国人，又有多少中国年轻人找不到工作。',
	'site.description': '中国K字签证、美国10万美元H-1B费用与中国青年失业问题的图表和数据，每个数字均注明出处。',
	'site.footer':
		'每个数字都链接到出处。报道摘录为美联社2025年11月10日报道中的简短引文，保留英文原文，中文为本站译文。',
	'site.methodology': '方法与来源',
	'site.home': '全部图表',
	'site.skip': '跳到图表',
	'site.langName': '中文',
	'site.switchLang': 'English',
	'site.notFound': '页面不存在',
	'site.notFoundBody': '这个地址没有页面。所有图表都列在首页。',
	'site.error': '出错了',

	'ui.source': '来源',
	'ui.sources': '来源',
	'ui.notes': '注',
	'ui.confidence.confirmed': '经两个或更多来源证实',
	'ui.confidence.single': '仅一个来源',
	'ui.confidence.inferred': '由计算或既定假设推算',
	'ui.empty': '所选范围内没有数据',
	'ui.story': '报道怎么说',
	'ui.dataShows': '数据怎么说',
	'ui.excerptBy': '{speaker}，{role}',
	'ui.attribution': '美联社，{date}',
	'ui.viewChart': '图表、数据与下载',
	'ui.table': '数据表',
	'ui.showTable': '查看数据',
	'ui.chartKeys': '可用方向键在数据点之间移动。',
	'ui.sourceLine': '来源：{sources}',
	'ui.and': '和',
	'ui.more': '另有{count}个来源',
	// i18n (issue 6): punctuation and sentence patterns that differ between languages
	'ui.colon': '：',
	'ui.listSep': '；',
	'ui.seriesStack': '{series}：{stack}',
	'ui.sourceAndMore': '{first}（另有{count}个来源）',
	'ui.datumSentence': '{series}，{when}：{value}。来源：{source}。',
	'ui.quoted': '——{who}；{attribution}',
	'ui.quotedNarration': '——{attribution}',
	'ui.translation': '本站译文',
	'ui.language': '语言',
	'embed.credit': '图表：',
	'embed.button': '嵌入',
	'embed.label': '“{title}”的嵌入代码',
	'embed.hint': '把这段HTML粘贴到您的网页中。图表可适应任意宽度，自动调整高度，并链接回本页。将theme=auto改为light或dark可固定配色。',
	'embed.copy': '复制代码',
	'embed.copied': '已复制到剪贴板',
	'embed.copyFailed': '复制失败：请选中代码后手动复制',
	'embed.previewTitle': '嵌入预览',
	'embed.previewIntro': '各图表以其他网站嵌入时的样子呈现：宽度分别为320、600和1000像素的iframe，由embed.js自动调整高度。在本页网址后加上?theme=dark、?lang=zh或?chrome=plain即可传递相应参数。',
	'embed.previewWidth': '宽{width}像素',
	'ui.theme': '主题',
	'ui.theme.auto': '自动',
	'ui.theme.light': '浅色',
	'ui.theme.dark': '深色',

	'h1b-cost.title': '雇主新提交一份H-1B申请，要向美国政府缴多少费用',
	'h1b-cost.subtitle':
		'相关费用从1999年的610美元涨到2025年的3,595美元；2025年9月21日起，从海外聘用一名员工还要再多付10万美元。',
	'h1b-cost.desc':
		'堆积柱形图显示1999年至2026年每年4月1日，大型雇主为一份新的H-1B配额内申请缴纳的各项费用，由610美元升至3,595美元，折线为小型雇主的合计费用。第二幅分图显示，自2025年9月21日起，为海外员工提交一份申请要花103,595美元。',
	'h1b-cost.notes':
		'数据为每年4月1日（配额内申请开始受理之日）生效的政府费用，不含律师费、签证费和可选的加急处理费。大型雇主指全职员工超过25人，小型雇主指25人及以下。员工多为H-1B或L-1签证持有人的雇主须另缴的费用未计入。未能查到1998年的基本费用，因此数据从1999年开始；2005年以前的生效日期部分为推算。10万美元费用在第二幅分图中单独按比例绘制：若与历年费用共用一根坐标轴，25年的变化会被压成贴着底部的一条线。合计金额由各项费用加总得出。',
	'h1b-cost.panelHistory': '每年4月1日的费用（员工已在美国）',
	'h1b-cost.panelPayment': '2025年9月21日起提交的申请（单独刻度）',
	'h1b-cost.axisY': '每份申请的费用（美元）',
	'h1b-cost.series.large': '大型雇主',
	'h1b-cost.series.small': '小型雇主',
	'h1b-cost.series.payment-large': '大型雇主',
	'h1b-cost.series.payment-small': '小型雇主',
	'h1b-cost.category.in-us': '员工在美国',
	'h1b-cost.category.abroad': '员工在海外',
	'h1b-cost.stack.i129': 'I-129申请费',
	'h1b-cost.stack.acwia': '培训费（ACWIA）',
	'h1b-cost.stack.fraud': '防欺诈费',
	'h1b-cost.stack.asylum': '庇护项目费',
	'h1b-cost.stack.registration': '抽签注册费',
	'h1b-cost.stack.proclamation': '10万美元费用',
	'h1b-cost.annotation.lapse': '培训费暂停征收（2003年10月至2004年12月）',
	'h1b-cost.annotation.payment': '2025年9月21日起加收10万美元',
	'h1b-cost.label.smallTotal': '小型雇主，合计{value}',

	'visa-costs.title': '聘用一名外国科技人才约三年，要缴多少政府费用',
	'visa-costs.subtitle': '加上10万美元费用后，在美国从海外聘人的花费是排名第二的英国的九倍多。',
	'visa-costs.desc':
		'横向条形图比较聘用一名外国技术人才的政府收费：美国大型雇主从海外聘人要103,595美元，英国10,959美元，澳大利亚5,770美元，加拿大、新加坡、德国、中国和日本都不到1,000美元。',
	'visa-costs.notes':
		'仅计主申请人，不含随行家属和法律服务费；为约三年工作许可的政府收费，按2025年底至2026年的标准计算。各国货币按国际货币基金组织（IMF）2025年11月25日的特别提款权（SDR）汇率折算为美元。中国尚未公布K字签证的收费标准，图中为美国和印度公民申请普通中国签证的费用（推算）。英国、澳大利亚、加拿大或日本在2026年稍后的调价可能未计入。',
	'visa-costs.axisX': '每聘用一人的费用（美元）',
	'visa-costs.series.us': '美国',
	'visa-costs.series.china': '中国',
	'visa-costs.series.other': '其他国家',
	'visa-costs.category.us-large-abroad': '美国H-1B，大型雇主，员工在海外',
	'visa-costs.category.us-small-abroad': '美国H-1B，小型雇主，员工在海外',
	'visa-costs.category.uk-large': '英国技术工人签证，大型担保雇主',
	'visa-costs.category.uk-small': '英国技术工人签证，小型担保雇主',
	'visa-costs.category.australia-large': '澳大利亚技能需求签证，大型企业',
	'visa-costs.category.australia-small': '澳大利亚技能需求签证，小型企业',
	'visa-costs.category.us-large': '美国H-1B，大型雇主，员工在美国',
	'visa-costs.category.us-small': '美国H-1B，小型雇主，员工在美国',
	'visa-costs.category.canada': '加拿大工作许可（需LMIA）',
	'visa-costs.category.singapore': '新加坡就业准证',
	'visa-costs.category.germany': '德国欧盟蓝卡',
	'visa-costs.category.china-k-us': '中国K字签证，美国公民',
	'visa-costs.category.china-k-india': '中国K字签证，印度公民',
	'visa-costs.category.japan': '日本高度专业人才签证',
	'visa-costs.category.china-r': '中国R字签证（高端人才）',
	'visa-costs.value.zero': '{value}，免费',
	'visa-costs.footnote.unpublished': '中国尚未公布K字签证收费标准：图中为该国籍申请人普通签证的费用。',

	'foreign-workers.title': '有多少外国人在中国生活和工作',
	'foreign-workers.subtitle': '2023年的“71.1万”统计的是各类居留许可，其中工作类只有约23.7万份。',
	'foreign-workers.desc':
		'各序列口径不同，分开绘制、互不相连：人口普查中的外国常住人口（2010年593,832人，2020年845,697人），签发的居留许可（2022年47.7万份，2023年71.1万份），其中的工作类居留许可（21.6万份和23.7万份），官方估计的在华外籍就业人数（2004年10万人，2016年逾90万人），以及作为对照的2019年美国约583,420名H-1B签证持有人。',
	'foreign-workers.notes':
		'各序列定义不同，不能当作一条连续的线来读：普查常住人口指普查标准时点居住在中国的外国人；居留许可为一年内的签发量，分全部类别和仅工作类；外籍就业人数为官方公布的约数。现有来源中没有逐年的在华外籍就业人数统计。2020年普查中的外国人约占中国人口的0.06%；研究资料中没有可比的美国人均数字，因此未作人均比较。2018年“33.6万份工作许可”一说未经核实，未予采用。',
	'foreign-workers.axisY': '人数或许可数',
	'foreign-workers.series.census': '外国常住人口（人口普查）',
	'foreign-workers.series.permits-all': '签发的居留许可（全部类别）',
	'foreign-workers.series.permits-work': '签发的工作类居留许可',
	'foreign-workers.series.workers': '在华外籍就业人数（官方估计）',
	'foreign-workers.series.us-h1b': '美国：H-1B签证持有人（USCIS估计）',
	'foreign-workers.series.census.short': '普查常住外籍人员',
	'foreign-workers.series.permits-all.short': '全部居留许可',
	'foreign-workers.series.permits-work.short': '工作类居留许可',
	'foreign-workers.series.workers.short': '外籍从业人员估计',
	'foreign-workers.series.us-h1b.short': '美国H-1B人员',
	'foreign-workers.annotation.story': '报道中的“71.1万外籍劳动者”',

	'youth-unemployment.title': '中国16至24岁青年失业率',
	'youth-unemployment.subtitle':
		'2023年6月升至创纪录的21.3%后暂停发布；不含在校生的新口径数据在2025年8月达到18.9%的高点。',
	'youth-unemployment.desc':
		'折线显示中国16—24岁城镇调查失业率：含在校生的旧口径在暂停发布前的2023年6月升至21.3%；自2023年12月起发布的不含在校生新口径，每年毕业季后的8月达到高点，2024年为18.8%，2025年为18.9%。25—29岁失业率保持在7%左右，30—59岁在4%左右。',
	'youth-unemployment.notes':
		'数据为国家统计局按月发布的城镇调查失业率，取自新闻媒体的报道。两个16—24岁序列定义不同，没有连接：旧口径计入正在找工作的在校生，新口径剔除全部在校生。国家统计局在2023年6月数据之后暂停发布分年龄组失业率，自2023年12月数据起恢复。空缺处为来源中未找到的月份（旧口径缺2018—2019年全部和2020年大部分月份，新口径缺2026年2月）。部分数值仅有一家媒体报道，或根据报道的升降幅度推算。',
	'youth-unemployment.axisY': '失业率',
	'youth-unemployment.series.old-16-24': '16—24岁，含在校生（旧口径）',
	'youth-unemployment.series.new-16-24': '16—24岁，不含在校生',
	'youth-unemployment.series.new-25-29': '25—29岁',
	'youth-unemployment.series.new-30-59': '30—59岁',
	'youth-unemployment.annotation.suspended': '暂停发布',
	'youth-unemployment.annotation.graduation': '毕业季高点',

	'h1b-demand.title': 'H-1B抽签每年收到多少注册，配额又有多少',
	'h1b-demand.subtitle': '2027财年是首个适用10万美元费用的抽签季，注册数降至21.16万，减少38.5%。',
	'h1b-demand.desc':
		'柱形图显示各财年符合条件的H-1B配额注册数：2021财年269,424份，2024财年达到758,994份的峰值，2026财年343,981份，2027财年21.16万份，每年的签证配额均为8.5万个；折线为中签的注册数。',
	'h1b-demand.notes':
		'按受雇财年统计的配额内电子注册数（抽签在上一年3月进行）。符合条件的注册数已剔除重复和无效登记。自2025财年起改为按人而非按注册抽签，一人多次注册的情况随之减少。2027财年为一份二手报道中的“有效提交”注册数，未找到该年的中签数。配额为6.5万个，另有2万个留给美国硕士学位持有人；由于并非所有中签者都会递交申请，中签数多于配额。',
	'h1b-demand.axisY': '注册数',
	'h1b-demand.series.eligible': '符合条件的注册',
	'h1b-demand.series.selected': '中签',
	'h1b-demand.series.cap': '年度配额（8.5万）',
	'h1b-demand.label.cap': '年度配额：{value}',
	'h1b-demand.annotation.submitted': '“正式提交”登记数，单一来源',
	'story.payment.annotation':
		'这10万美元是在常规费用之外一次性缴纳的，而且只针对从海外聘用的员工：大型雇主合计要付{value}，聘用已在美国的员工则是{value2}。在此之前，单项费用最高为{value3}。',
	'story.western-rivals.annotation':
		'聘用一名员工三年的政府收费：英国（大型担保雇主）为{value}，德国欧盟蓝卡为{value2}，而在美国从海外聘人要{value3}。',
	'story.western-rivals.role': '咨询公司Geopolitical Strategy首席策略师',
	'story.no-job-offer.annotation':
		'K字签证的收费标准尚未公布。美国公民申请任何中国签证都要缴{value}；面向外国高端人才的R字签证免费（{value2}）。',
	'story.foreign-workers-711000.annotation':
		'“71.1万”与{when}向外国人签发的{value}份居留许可吻合，涵盖学习、家庭团聚等各类事由。这不是劳动者人数：其中工作类许可约{value2}份。',
	'story.nearly-18.annotation':
		'报道说“接近18%”。报道发表前的最新一期国家统计局数据（{when}）为{value}，8月的高点为{value2}。',
	'story.fierce-competition.annotation':
		'每到夏天，毕业生都会推高失业率：从{when2}的{value2}升至{when}的{value}，是新口径以来的最高值。',
	'story.fierce-competition.role': '浙江大学24岁研究生',
	'story.students-hoped.annotation':
		'在首次适用10万美元费用的抽签中，{when}的注册数降至{value}，上一年符合条件的注册为{value2}（据一份二手报道）。',
	'story.students-hoped.role': '四川大学印度籍硕士生'
};

/**
 * The site's own Chinese translations of the story excerpts, by excerpt id (src/lib/story/excerpts.ts).
 * The English quotation stays on the page as published; this is shown under it, labelled `ui.translation`.
 */
export const excerptTranslations: Readonly<Record<string, string>> = {
	payment:
		'特朗普治下的美国对外国学生和学者收紧政策，包括把外国技术工人H-1B签证新申请的费用提高到10万美元，这让一些非美国籍专业人士和学生开始考虑另寻去处。',
	'western-rivals': '“美国流失潜在的H-1B申请者，更可能是输给英国、欧盟等其他西方经济体，而不是中国。”',
	'no-job-offer':
		'K字签证是对中国现有签证体系（包括面向外国专业人才的R字签证）的补充，但要求更宽松，例如不要求申请人在申请前获得工作邀约。',
	'foreign-workers-711000': '中国人口约14亿，但据估计，截至2023年在华居住的外国劳动者只有71.1万人。',
	'nearly-18': '中国16—24岁不含在校生的青年失业率接近18%，吸引更多外国专业人才的举措因此引发疑问。',
	'fierce-competition': '“现在的就业市场竞争已经很激烈了。”',
	'students-hoped': '“在美国读书的学生原本指望拿到（H-1B）签证，但现在这成了问题。”'
};
