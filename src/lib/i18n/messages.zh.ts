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
	'site.footer': '每个数字都链接到出处。报道摘录为美联社2025年11月10日报道中的简短引文，保留英文原文，中文为本站译文。',
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
	'ui.via': '，转引自',
	'ui.listComma': '、',
	'ui.andOneOther': '及另外1个来源',
	'ui.oneOtherProducer': '另外1个官方机构',
	'ui.andOthers': '及另外{count}个来源',
	'ui.otherProducers': '另外{count}个官方机构',
	'ui.producerReleases': '{producers}{releases}',
	'ui.dataUpdated': '数据更新于',
	'ui.unconfirmed': '未证实：未找到可靠来源刊载这一数字。',
	'ui.confidence.weak': '未找到可靠来源刊载该数字；照常发布，但在图中和表中标为未证实',
	'table.confidence.weak': '未证实',
	'table.producer': '数据发布机构',
	'youth-unemployment.releases': '月度数据发布',
	// Who produced the numbers (src/lib/data/producers.ts): the source line and tooltips name them first.
	'producer.nbs': '中国国家统计局',
	'producer.china-labour': '中国劳动部门',
	'producer.molss': '中国劳动和社会保障部',
	'producer.mps': '中国公安部',
	'producer.most': '中国科学技术部',
	'producer.nia': '中国国家移民管理局',
	'producer.oecd': '经济合作与发展组织（经合组织）',
	'producer.safea': '中国国家外国专家局',
	'producer.unknown': '未找到官方来源',
	'producer.uscis': '美国公民及移民服务局',
	'producer.pew': '皮尤研究中心',
	'producer.congress': '美国国会',
	'producer.ins': '美国移民归化局',
	'producer.white-house': '美国白宫',
	'producer.state-department': '美国国务院',
	'producer.uk-home-office': '英国内政部',
	'producer.au-home-affairs': '澳大利亚内政部',
	'producer.esdc': '加拿大就业和社会发展部',
	'producer.ircc': '加拿大移民、难民和公民部',
	'producer.de-foreign-office': '德国联邦外交部',
	'producer.de-government': '德国联邦政府',
	'producer.jp-isa': '日本出入国在留管理厅',
	'producer.jp-mofa': '日本外务省',
	'producer.sg-mom': '新加坡人力部',
	'producer.cn-mfa': '中国外交部（驻外使领馆）',
	'producer.cn-state-council': '中国国务院',
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
	'ui.stackTotal': '{when}合计：{value}，为{count}项之和（来源：{producer}）',
	'ui.seriesStack': '{series}：{stack}',
	'ui.sourceAndMore': '{first}（另有{count}个来源）',
	'ui.datumSentence': '{series}，{when}：{value}。来源：{producer}，转引自{source}。{unconfirmed}',
	'ui.quoted': '——{who}；{attribution}',
	'ui.quotedNarration': '——{attribution}',
	'ui.translation': '本站译文',
	'ui.language': '语言',

	// 首页的报道框架与关键数字（issue 14）；数字由数据填入。
	'lede.label': '四个数字看懂这篇报道',
	'lede.payment':
		'{date}起，美国对新H-1B申请加收的一次性费用，主要针对海外员工。加上这笔费用，大型雇主要缴政府费用{abroad}，约为此前{inUs}的{ratio}\u2060倍。',
	'lede.youth': '{month}中国城镇16—24岁（不含在校生）青年失业率：美联社写下“接近18%”时的最新数据。',
	'lede.permits':
		'{year}中国向外国人签发的各类居留许可数，即美联社所说的“71.1万外籍劳动者”。其中工作类约{work}\u2060份。',
	'lede.lottery':
		'{fy}H-1B抽签注册数的变化。这是首个适用该费用、并按工资加权抽签的申请季：{now}\u2060份，上一年为{before}\u2060份。',
	'lede.unconfirmed.single': '未经证实：仅一个来源',
	'lede.unconfirmed.inferred': '未经证实：推算所得',
	'lede.unconfirmed.weak': '未经证实：尚无可靠来源',
	'lede.link': '在图表中查看',
	'lede.credit': '图表、数据与核查：人才争夺战',
	'lede.storyBefore': '本站注释的美联社报道：',
	'lede.storyBy': '（作者',
	'lede.storyAfter': '，{date}）',
	'lede.cardAlt':
		'人才争夺战：美国对海外员工的新H-1B申请加收{payment}；{month}中国青年失业率{youth}；{year}向外国人签发居留许可{permits}份；{fy}H-1B抽签注册数{lottery}，未经证实。',
	'lede.card.payment': '美国对海外员工新H-1B申请加收的费用',
	'lede.card.youth': '中国16—24岁青年失业率，{month}',
	'lede.card.permits': '中国向外国人签发的居留许可，{year}',
	'lede.card.lottery': 'H-1B抽签注册数变化，{fy}',
	'lede.card.unconfirmed': '{label}（未经证实）',
	'kvisa.title': '中国K字签证',
	'kvisa.inForce': '施行日期',
	'kvisa.for': '对象',
	'kvisa.forValue': '外国青年科技人才：毕业于知名高校、理工科本科及以上学历者，或在这些机构从事教学、科研的人员',
	'kvisa.invitation': '雇主邀请',
	'kvisa.invitationValue': '不需要：无需工作录用，也无需境内单位邀请',
	'kvisa.fee': '费用',
	'kvisa.feeValue': '尚未公布；图中为普通签证费用',
	'embed.credit': '图表：',
	'embed.button': '嵌入',
	'embed.label': '“{title}”的嵌入代码',
	'embed.hint':
		'把这段HTML粘贴到您的网页中。图表可适应任意宽度，自动调整高度，并链接回本页。将theme=auto改为light或dark可固定配色。',
	'embed.copy': '复制代码',
	'embed.copied': '已复制到剪贴板',
	'embed.copyFailed': '复制失败：请选中代码后手动复制',
	'embed.previewTitle': '嵌入预览',
	'embed.previewIntro':
		'各图表以其他网站嵌入时的样子呈现：宽度分别为320、600和1000像素的iframe，由embed.js自动调整高度。在本页网址后加上 ?theme=dark、?lang=zh 或 ?chrome=plain，即可把参数传给各图表。',
	'embed.previewWidth': '宽{width}像素',
	'ui.theme': '主题',
	'ui.theme.auto': '自动',
	'ui.theme.light': '浅色',
	'ui.theme.dark': '深色',

	'h1b-cost.title': '雇主新提交一份H-1B申请，要向美国政府缴多少费用',
	'h1b-cost.subtitle':
		'相关费用从1999年的610美元涨到2025年的3,595美元；2025年9月21日起，为美国境外员工提交的申请一般还要再多付10万美元。',
	'h1b-cost.desc':
		'堆积柱形图显示1999年至2026年每年4月1日，大型雇主为一份新的H-1B配额内申请缴纳的各项费用，由610美元升至3,595美元，折线为小型雇主的合计费用。第二幅分图显示，自2025年9月21日起，为海外员工提交一份申请要花103,595美元。',
	'h1b-cost.notes':
		'数据为每年4月1日（配额内申请开始受理之日）生效的政府费用，不含律师费、签证费和可选的加急处理费。大型雇主指全职员工超过25人，小型雇主指25人及以下。员工多为H-1B或L-1签证持有人的雇主须另缴的费用未计入。未能查到1998年的基本费用，因此数据从1999年开始；2005年以前的生效日期部分为推算。10万美元费用在单独的分图中按比例绘制：若与历年费用共用一根坐标轴，25年的变化会被压成贴着底部的一条线。合计金额由各项费用加总得出。图中按美国境外员工计算这笔费用；若申请要求领事馆、入境口岸或登机前通知，或美国移民局拒绝所申请的身份变更，也须缴纳。',
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
	'h1b-cost.stackTotal': '{when}合计：{value}，为{count}项费用之和（来源：{producer}）',
	'h1b-cost.annotation.ratio': '约为此前{before}的{ratio}倍',
	'h1b-cost.label.smallTotal': '小型雇主，合计{value}',

	'visa-costs.title': '聘用一名外国科技人才约三年，要缴多少政府费用',
	'visa-costs.subtitle': '加上10万美元费用后，在美国从海外聘人的花费是排名第二的英国的九倍多。',
	'visa-costs.desc':
		'横向条形图比较聘用一名外国技术人才的政府收费：美国大型雇主从海外聘人要103,800美元（含员工缴纳的205美元领事签证费），英国10,959美元，澳大利亚5,770美元，加拿大、新加坡、德国、中国和日本都不到1,000美元。',
	'visa-costs.notes':
		'仅计主申请人，不含随行家属和法律服务费；为约三年工作许可的政府收费，按2025年底至2026年的标准计算。各国货币按国际货币基金组织（IMF）2025年11月25日的特别提款权（SDR）汇率折算为美元。美国“从海外聘用”的两栏计入了员工在领事馆缴纳的205美元签证（MRV）费，与其他国家总额计入签证费的做法一致。中国尚未公布K字签证的收费标准，图中为美国和印度公民申请普通中国签证的费用；140美元仅见于2010年的领事馆通知，图中标为未证实。日本的费用为2026年上调前的标准，新标准金额尚未正式公布。英国、澳大利亚、加拿大或日本在2026年稍后的调价可能未计入。',
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
	'foreign-workers.subtitle':
		'2023年的71.1万是各类事由签发的居留许可，其中工作类约23.7万份；2020年人口普查时在华居住的外国人为845,697人。',
	'foreign-workers.desc':
		'横向条形图，共用一个刻度：2023年签发的居留许可（71.1万份，其中工作类23.7万份、学习类20.8万份，其余未细分）和2022年签发的居留许可（47.7万份：工作类21.6万份、家庭团聚11.5万份、私人事务7.6万份、学习类7万份）；人口普查时在华居住的外国人（2010年593,832人，2020年845,697人）；以及作为对照的2019年美国约583,420名H-1B签证持有人。',
	'foreign-workers.notes':
		'居留许可是一年内为各类事由签发的数量，既不是劳动者人数，也不是某一时点在华居住的人数；人口普查统计的是普查标准时点居住在中国的外国人。2023年的总数来自国家移民管理局；其分项来自经济合作与发展组织（OECD），以71.2万份为基数，该年只细分了工作类和学习类：其余部分（家庭团聚等其他事由）以斜线绘制，不标数字。现有来源中没有逐年的在华外籍就业人数统计。官方对外籍就业人数的估计（2004年约10万人，2016年合法就业的逾90万人）是口径不明的约数，未画入图中。2020年普查中的外国人约占中国人口的0.06%。',
	'foreign-workers.axisY': '人数或许可数',
	'foreign-workers.axisX': '人数或许可数',
	'foreign-workers.row.permits': '{year}签发的各类居留许可：{value}份',
	'foreign-workers.row.census': '{year}人口普查：在华外国人{value}人',
	'foreign-workers.row.us-h1b': '对照：{year}美国H-1B持有人{value}人',
	'foreign-workers.purpose.item': '{purpose}：{value}份',
	'foreign-workers.purpose.work': '工作',
	'foreign-workers.purpose.study': '学习',
	'foreign-workers.purpose.family': '家庭团聚',
	'foreign-workers.purpose.private': '私人事务',
	'foreign-workers.purpose.rest': '家庭团聚等其他事由：来源未细分',
	'foreign-workers.series.census': '外国常住人口（人口普查）',
	'foreign-workers.series.permits-all': '签发的居留许可（全部类别）',
	'foreign-workers.series.permits-work': '签发的工作类居留许可',
	'foreign-workers.series.permits-study': '签发的学习类居留许可',
	'foreign-workers.series.permits-family': '签发的家庭团聚类居留许可',
	'foreign-workers.series.permits-private': '签发的私人事务类居留许可',
	'foreign-workers.series.us-h1b': '美国：H-1B签证持有人（USCIS估计）',
	'foreign-workers.annotation.story': '即报道所说的“71.1万外籍劳动者”',

	'youth-unemployment.title': '中国16—24岁青年失业率',
	'youth-unemployment.subtitle':
		'2023年6月升至创纪录的21.3%后暂停发布；不含在校生的新口径数据在2025年8月达到18.9%的高点。',
	'youth-unemployment.desc':
		'折线显示中国16—24岁城镇调查失业率：含在校生的旧口径在暂停发布前的2023年6月升至21.3%；自2023年12月起发布的不含在校生新口径，每年毕业季后的8月达到高点，2024年为18.8%，2025年为18.9%。25—29岁失业率保持在7%左右，30—59岁在4%左右。',
	'youth-unemployment.notes':
		'数据为国家统计局按月发布的城镇调查失业率，取自新闻媒体的报道。两个16—24岁序列定义不同，没有连接：旧口径计入正在找工作的在校生，新口径剔除全部在校生。国家统计局在2023年6月数据之后暂停发布分年龄组失业率，自2023年12月数据起恢复。空缺处为来源中未找到的月份（旧口径缺2018—2019年全部和2020年大部分月份；新口径没有空缺）。部分数值仅有一家媒体报道，或根据报道的升降幅度推算。',
	'youth-unemployment.axisY': '失业率',
	'youth-unemployment.series.old-16-24': '16—24岁，含在校生（旧口径）',
	'youth-unemployment.series.new-16-24': '16—24岁，不含在校生',
	'youth-unemployment.series.new-25-29': '25—29岁',
	'youth-unemployment.series.new-30-59': '30—59岁',
	'youth-unemployment.annotation.suspended': '暂停发布',
	'youth-unemployment.callout.record': '纪录{value}，{month}',
	'youth-unemployment.callout.peak': '高点{value}，{month}',
	'youth-unemployment.callout.story': '{month}：{value}',
	'youth-unemployment.callout.storySays': '美联社：“接近18%”',
	'youth-unemployment.callout.latest': '最新{value}，{month}',

	'h1b-demand.title': 'H-1B抽签每年收到多少注册，配额又有多少',
	'h1b-demand.subtitle':
		'据报道，2027财年的注册数为211,600，减少38.5%；这是首个同时适用10万美元费用和按工资加权抽签的申请季。该数字未经证实。',
	'h1b-demand.desc':
		'柱形图显示各财年符合条件的H-1B配额注册数：2021财年269,424份，2024财年达到758,994份的峰值，2026财年343,981份，2027财年据报为211,600份（未经证实），每年的签证配额均为8.5万个；柱内较窄的柱形为中签的注册数。',
	'h1b-demand.notes':
		'按受雇财年统计的配额内电子注册数（抽签在上一年3月进行）。符合条件的注册数已剔除重复和无效登记。自2025财年起改为按人而非按注册抽签，一人多次注册的情况随之减少。2027财年为一份二手报道中的“有效提交”注册数，未经美国移民局或主要媒体证实，图中以斜线标为未证实；未找到该年的中签数。配额为6.5万个，另有2万个留给美国硕士学位持有人；由于并非所有中签者都会递交申请，中签数多于配额。',
	'h1b-demand.axisY': '注册数',
	'h1b-demand.series.eligible': '符合条件的注册',
	'h1b-demand.series.selected': '中签',
	'h1b-demand.series.cap': '年度配额',
	'h1b-demand.label.cap': '配额：{value}',
	'h1b-demand.annotation.submitted': '据报道，未经证实',
	'story.payment.annotation':
		'这10万美元是在常规费用之外一次性缴纳的，主要针对在美国境外的员工；若申请要求领事馆通知，或身份变更申请被拒，也须缴纳。大型雇主合计要付{value}，聘用已在美国的员工则是{value2}。在此之前，最高的标准费用为{value3}；员工多为H-1B或L-1持有人的雇主还须另缴4,000美元。',
	'story.western-rivals.annotation':
		'聘用一名员工三年的政府收费：英国（大型担保雇主）为{value}，德国欧盟蓝卡为{value2}，而在美国从海外聘人要{value3}。',
	'story.western-rivals.role': '咨询公司Geopolitical Strategy首席策略师',
	'story.no-job-offer.annotation':
		'属实：官方表示，申请K字签证无需中国雇主或邀请单位出具邀请。其收费标准尚未公布：{value}是美国公民申请普通中国签证的费用（是否适用于K字签证未经证实）；面向外国高端人才的R字签证免费（{value2}）。',
	'story.foreign-workers-711000.annotation':
		'“71.1万”与{when}向外国人签发的{value}份居留许可吻合，涵盖学习、家庭团聚等各类事由。这不是劳动者人数：其中工作类许可约{value2}份。',
	'story.nearly-18.annotation':
		'报道说“接近18%”。报道发表前的最新一期国家统计局数据（{when}）为{value}，8月的高点为{value2}。',
	'story.fierce-competition.annotation':
		'每到夏天，毕业生都会推高失业率：从{when2}的{value2}升至{when}的{value}，是新口径以来的最高值。',
	'story.fierce-competition.role': '浙江大学24岁研究生',
	'story.students-hoped.annotation':
		'在首次同时适用10万美元费用和按工资加权抽签新规的抽签中，{when}的注册数据报为{value}，上一年符合条件的注册为{value2}；该数字仅见于一份二手报道，未经证实。已在美国并转换身份的学生一般无须缴纳这笔费用。',
	'story.students-hoped.role': '四川大学印度籍硕士生',

	// ---------------------------------------------------------------- chart pages, data, methodology (issue 4)
	'chartPage.views': '显示图表或数据',
	'chartPage.viewChart': '图表',
	'chartPage.viewTable': '表格',
	'chartPage.downloads': '下载',
	'chartPage.download.csv': '数据（CSV，英文）',
	'chartPage.download.json': '数据（JSON，英文）',
	'chartPage.download.svg': '图片（SVG）',
	'chartPage.download.png': '图片（PNG）',
	'chartPage.updated': '最新数据',
	'chartPage.about': '关于本图',
	'chartPage.sources': '全部来源',
	'chartPage.sourcesIntro': '本图各数据点引用的全部来源，以及每个来源所支撑的数据。',
	'chartPage.methodology': '数据如何收集和核实',
	'chartPage.values': '{count}个数值',
	'chartPage.range': '{from}至{to}（{values}）',
	'chartPage.count': '{label}（{count}）',
	'chartPage.listComma': '、',

	'table.caption': '“{title}”背后的数据：共{count}个数据点',
	'table.series': '系列',
	'table.component': '分项',
	'table.when': '日期或类别',
	'table.x.h1b-cost': '年份或情形',
	'table.x.visa-costs': '签证类别',
	'table.x.foreign-workers': '年份',
	'table.x.youth-unemployment': '月份',
	'table.x.h1b-demand': '财年',
	'table.value': '数值',
	'table.source': '来源',
	'table.confidence': '可信度',
	'table.note': '备注',
	'table.confidence.confirmed': '已证实',
	'table.confidence.single': '单一来源',
	'table.confidence.inferred': '推算',

	'image.credit': '人才争夺战 · {url}',

	'data.indexTitle': '人才争夺战开放数据',
	'data.indexDescription': '人才争夺战每张图表背后的数据，每个数据点一行，均附来源网址、来源标题和可信度。',
	'data.licence':
		'由人才争夺战根据公开来源整理，每一行都注明并链接了来源。转载或再发布本汇编，请注明人才争夺战和该行数据的来源；原始数据归各发布方所有，并受其条款约束。',

	'h1b-cost.about':
		'本图把雇主为一份新的H-1B配额内申请向美国政府缴纳的各项费用相加，采用每年4月1日（配额内申请开始受理的第一天）生效的收费标准。每项费用都是单独的分项，各有起止日期，合计金额由分项算出，而非手工录入：1999年为610美元；2005年加上培训费和防欺诈费后为2,185美元；2024年加上庇护项目费、申请费上调后为3,390美元；2025年再加上215美元的抽签注册费，为3,595美元。\n\n大型雇主指全职当量员工超过25人的雇主。25人及以下的小型雇主，培训费减半（750美元，而非1,500美元），自2024年4月起适用较低的申请费（460美元，而非780美元），庇护项目费也减半（300美元，而非600美元）。学校、大学和非营利研究机构无需缴纳培训费，图中未列出。\n\n10万美元费用源自2025年9月19日签署的一份总统公告，自美国东部夏令时间2025年9月21日凌晨12时01分起生效。这是一笔一次性费用，针对为身在美国境外、且未持有效H-1B签证的员工提交的新申请。若申请要求领事馆、入境口岸或登机前通知，或美国移民局拒绝所申请的身份变更，也须缴纳。如果美国公民及移民服务局（USCIS）批准的是已在美国境内员工的身份变更（通常是持学生签证的毕业生），则不收取这笔费用。因此，自2025年9月21日起，大型雇主聘用海外员工要付103,595美元，聘用在美员工要付3,595美元；小型雇主分别为102,225美元和2,225美元。\n\n早年的数据部分为推算。110美元的申请费仅有2000年12月起的记录，推定自1998年10月的收费规定起即已适用；130美元的申请费有2003年的记录，其2002年2月的起始时间为推算。培训费在2003年10月1日至2004年12月7日期间暂停征收，因此2004年只有130美元的申请费。未能查到1998年4月1日的申请费，所以数据从1999年开始。\n\n未计入的费用：在美员工不少于50人、其中半数以上持H-1B或L-1身份的雇主须另缴的费用（自2015年12月起为4,000美元，计入后大型雇主2025年的合计将升至7,595美元）；可选的加急处理费（2025年为2,805美元，2026年3月1日起为2,965美元）；律师费；在领事馆缴纳的美国国务院签证费；以及为随行家属提交的申请。',
	'h1b-cost.note.small-total': '当年4月1日有效的各项费用之和（按算术推算）。',
	'h1b-cost.note.payment-sum': '2025年9月21日生效的各项费用之和（由计算得出）。',
	'visa-costs.about':
		'每根横条都把聘用一名外国技术人才、取得约三年工作许可所需的政府收费加总，无论由雇主还是员工缴纳：仅计主申请人，不含随行家属，也不含律师费和服务中心费用，按查到的2025年底和2026年收费标准计算。每个分项及其来源都列在数据文件中。\n\n美国在图中出现四次：大型或小型雇主，从海外聘人（须缴10万美元费用）或聘用已在美国的员工，费用分别为103,800美元、102,430美元、3,595美元和2,225美元。从海外聘人的两项总额计入了员工在美国领事馆缴纳的205美元签证（MRV）费，因为其他国家的总额都计入了签证费。\n\n以其他货币计价的收费，按国际货币基金组织（IMF）2025年11月25日的特别提款权（SDR）估值折算为美元，每单位货币折合美元：英镑1.3111、欧元1.1551、澳元0.6454、加元0.7090、日元0.006376、印度卢比0.011208。新加坡元与文莱元可按面值等值互换，因此采用文莱元的汇率（0.7665）。\n\n英国的合计包括签证费（769英镑）、担保证书费（525英镑）、三年的移民技能费（自2025年12月16日起，大型担保雇主每年1,320英镑，小型担保雇主每年480英镑）和三年的移民医疗附加费（每年1,035英镑），共8,359英镑或5,839英镑。澳大利亚计入签证费（3,210澳元）、提名费（330澳元）和三年的“澳大利亚技能基金”税费（营业额1000万澳元及以上的企业每年1,800澳元，以下的每年1,200澳元）。加拿大计入劳动力市场影响评估（1,000加元）、工作许可费（155加元）和生物信息采集费（85加元）；德国计入国家签证费（75欧元）和欧盟蓝卡费（100欧元）；新加坡计入就业准证的申请费、签发费和一次续签费（555新加坡元）；日本计入签证费（3,000日元）。\n\n中国尚未公布K字签证的收费标准。图中中国的两根横条，分别是美国公民申请任何中国签证统一缴纳的140美元，以及印度公民申请12个月及以上多次入境签证缴纳的8,800印度卢比，以此假设K字签证的费用。140美元仅见于2010年的领事馆通知，因此该横条标为未证实。面向外国高端人才的R字签证自2018年1月1日起免费。在中国从事一般工作通常还需办理工作许可和居留许可，这些费用未计入。\n\n未计入的项目：加拿大无需劳动力市场影响评估的较便宜途径（470加元）、德国可选的快速审批程序（411欧元）、澳大利亚一次性的担保资格费（420澳元）、日本已宣布的2026年调价（具体金额未查到），以及研究中未查到的英国、澳大利亚、加拿大或日本在2026年的其他调整。',
	'visa-costs.note.uk-large': '8,359英镑，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'visa-costs.note.uk-small': '5,839英镑，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'visa-costs.note.australia-large': '8,940澳元，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'visa-costs.note.australia-small': '7,140澳元，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'visa-costs.note.canada': '1,240加元，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'visa-costs.note.singapore': '555新加坡元，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'visa-costs.note.germany': '175欧元，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'visa-costs.note.china-k-india': '8,800印度卢比，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'visa-costs.note.japan': '3,000日元，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'visa-costs.note.china-r': '0元人民币，按国际货币基金组织2025年11月25日的特别提款权汇率折算。',
	'foreign-workers.about':
		'中国没有逐年公布外籍就业人数。因此，本图在同一刻度上并列来源所能支撑的各类数字，说明每个数字统计的是什么：一年内签发的居留许可（按来源所能细分的事由分段）、人口普查中在华居住的外国人，以及作为对照的美国H-1B签证持有人。\n\n人口普查统计的是普查标准时点（11月1日）居住在中国大陆、已居留或预计居留三个月以上的外国人：2010年为593,832人，这是首次将外国人纳入普查；2020年为845,697人。港澳台居民不计在内；若计入，2020年的总数为1,430,695人，约占总人口的0.1%，仅外国人则约占0.06%。\n\n2023年的71.1万，是国家移民管理局统计的当年向在华居住外国人签发的各类居留许可数。研究中没有找到“71.1万外籍劳动者”的官方统计：这个数字看来是把许可数换了个名目。经济合作与发展组织（OECD）统计2023年签发许可71.2万份，其中工作类23.7万份（33%），学习类20.8万份（29%）；2022年为47.7万份，其中工作类21.6万份。许可是一年内的签发量，并不代表某一时点在华居住的人数。\n\n官方对在华外籍就业人数的估计都是约数，且前后相隔十多年：2004年约10万人（《人民日报》），2016年合法就业的逾90万人（国家外国专家局局长）。这两个数字未画入图中：都没有说明统计的是什么，较大的一个还超过了历次在华居住外国人的统计数。2017年的改革把外国人的两种工作许可合二为一，这也使该年前后的数据失去可比性。作为对照，美国公民及移民服务局（USCIS）估计，2019年9月30日约有583,420人持H-1B签证获准在美国工作。\n\n未采用的数据：2006年底约18万名登记在册的外籍就业人员（来源较弱）；2011年底约22万名外籍就业人员，出自国务院报告，统计口径与图中各系列不同；2018年签发的33.6万份工作许可，已获科技部部长证实，但统计的是一年内签发的许可而非就业人数；以及与美国的人均比较，因为研究资料中唯一的美国数字是移民占总人口的比例，来源和定义都不同。',
	'foreign-workers.note.census-2010':
		'第六次全国人口普查，标准时点为2010年11月1日；首次统计外国人（居留3个月以上）。已证实（国家统计局英文发布、《中国日报》、韩国NewDaily等韩国媒体）。',
	'foreign-workers.note.census-2020':
		'第七次全国人口普查，标准时点为2020年11月1日；比2010年增加251,865人（增长42.4%）。已证实（国家统计局第八号公报的转载、新华社、《中国日报》）。',
	'foreign-workers.note.permits-all-2022': '经合组织《2023年国际移民展望》',
	'foreign-workers.note.permits-all-2023':
		'国家移民管理局2024年1月18日新闻发布会（《南华早报》、Shine亦有报道）。这很可能就是“2023年有71.1万外籍劳动者”一说的出处；它统计的是各类事由签发的许可，而非劳动者人数。经合组织的数字为71.2万。',
	'foreign-workers.note.permits-family-2022': '24%',
	'foreign-workers.note.permits-private-2022': '16%',
	'foreign-workers.note.permits-study-2022': '15%',
	'foreign-workers.note.permits-study-2023': '29%（经合组织《2024年国际移民展望》）',
	'foreign-workers.note.permits-work-2022': '占总数的45%',
	'foreign-workers.note.permits-work-2023': '占71.2万的33%（经合组织《2024年国际移民展望》）',
	'foreign-workers.note.us-h1b-2019':
		'美国公民及移民服务局首次发布的官方估计（2020年6月公布）；多篇报道予以证实（未找到该局原始文件）',
	'youth-unemployment.about':
		'本图显示中国16—24岁人口的城镇调查失业率，数据来自国家统计局每月开展的城镇劳动力调查。由于无法直接读取国家统计局的数据库，每个月的数值都取自当期数据发布时的新闻报道，并逐一链接到这些报道。\n\n旧口径自2018年1月起发布，计入在校生：正在找工作的在校生算作失业，每周工作至少一小时的算作就业。2023年6月，这一失业率升至21.3%，为有统计以来的最高值。2023年8月15日发布7月数据时，国家统计局宣布不再发布分年龄组失业率，理由是劳动力调查统计有待完善；2023年7月及以后各月的数据再未按旧口径发布。\n\n2024年1月17日，国家统计局恢复发布，首期为2023年12月数据，采用剔除所有在校生的新口径：16—24岁失业率为14.9%。国家统计局同时把25—59岁组拆分为25—29岁和30—59岁两组，本图一并列出，以供参照。新口径数据在6月最低，8月随着毕业生进入劳动力市场达到高点：2024年8月为18.8%，2025年8月为18.9%，为迄今最高。\n\n两个16—24岁序列衡量的人群不同，因此画成两条线，从不相连。国家统计局没有公布2023年12月以前按新口径回溯的数据，两者没有重叠的月份，无法衔接。\n\n来源中未找到的月份留作空缺，而非记为零：旧口径缺2018年和2019年全部、2020年大部分以及2021年至2023年的若干月份；新口径没有空缺。2026年3月的数值根据4月的水平和报道的变动推算。2026年5月（15.6%）之后的数据未能找到，因此缺少2026年毕业季的高点。部分数值仅有一家媒体报道，或根据报道的环比变动推算，数据文件逐一作了标注。两个序列都不统计已放弃找工作的年轻人。研究资料中也有全年龄段的城镇调查失业率，但为使本图聚焦于各年龄组，未予列出。',
	'h1b-demand.about':
		'自2020年3月起，雇主必须先在电子注册抽签中中签，才能在年度配额内提交H-1B申请。柱形显示按受雇财年（每年10月1日开始）统计的符合条件的注册数；抽签在上一年的3月进行。\n\n符合条件的注册数已剔除重复和无效登记：2021财年为269,424份，2024财年达到758,994份的峰值，2025财年为470,342份，2026财年为343,981份。自2025财年起，抽签改为按人而非按注册进行，为同一员工多次注册的情况随之减少。柱内较窄的柱形为各轮抽签合计的中签注册数，多于配额，因为并非每个中签的雇主都会递交申请。\n\n年度配额为8.5万个签证：常规配额6.5万个，其中6,800个留给面向智利和新加坡的H-1B1项目；另有2万个留给拥有美国硕士或更高学位的人。\n\n2027财年的抽签季（2026年3月4日至19日）首次对海外员工适用10万美元费用，并首次按工资水平加权抽签。该年211,600份“有效提交”注册比上一年减少38.5%，这一数字来自一份转述USCIS数据的二手报道（2026年5月21日），未见美国移民局网页或主要媒体证实，因此图中标为未证实；统计方式可能与往年符合条件的注册数不尽相同，该年的中签数也未找到。\n\n未采用的数据：资格审核前的注册数、唯一受益人数（各媒体的标注不一致），以及获批的申请数，后者既包括新的配额内申请，也包括续签和不受配额限制的雇主提交的申请。',

	'h1b-demand.datum.eligible-2027': '有效提交的注册数（未经证实）',
	'h1b-demand.note.cap': '常规配额6.5万个，另有2万个留给美国硕士学位持有人。',
	'h1b-demand.note.eligible-2027': '2027财年的数字为“有效提交”的注册数，来自一份二手报道。',
	'corrections.title': '更正与更新',
	'corrections.intro': '发布后对数据和文字所作的修改，最新的在前。',
	'corrections.sources-2026-12.title': '更换来源、注明数据发布机构、更正表述',
	'corrections.sources-2026-12.body':
		'一位编辑的核查没有发现图中有错误数值，但发现许多来源不够可靠。我们将72个垃圾网站、镜像站、内容农场和党派媒体域名替换为原始发布者或可靠媒体；每条来源说明、提示框、表格行和数据文件现在都注明数字的发布机构。找不到可靠来源的数字予以保留，但标为未证实，并以空心或斜线绘制，其中包括据报道的2027财年211,600份H-1B注册。青年失业率新增13个数值，包括2026年2月（16.1%，未证实）；18个数值提高了可信度，24个降低。美国从海外聘人的总额现在计入205美元的领事签证费，与其他国家的总额一致：103,800美元和102,430美元。中国K字签证的收费标准标为未公布。“合法就业”的22万名外国人改为2011年（原为2012年），2023年外国人出入境人次为3547.8万。我们还更正了关于谁须缴纳10万美元的表述（若申请要求领事馆通知或身份变更被拒，也须缴纳）、此前最高的标准费用，以及2027财年注册数下降的说法：这一下降与新的按工资加权抽签同时发生，而对已在美国的学生来说，这笔费用一般并不适用。',
	'methodology.title': '方法与来源',
	'methodology.intro': '本站的数字如何收集、含义是什么、每个数字有多可靠，以及各自出自何处。',
	'methodology.collectedTitle': '数据如何收集',
	'methodology.collected':
		'所有数字均来自2026年11月整理、2026年12月修订的研究资料（见“更正与更新”），依据的是公开网页的存档副本：政府公告及其转载、通讯社、官方媒体、律师事务所的客户简报、经济合作与发展组织（OECD）的报告和数据汇总网站。由于无法直接查询任何政府数据库，多数数字依据的是报道或转载官方发布内容的网页。其中许多是原始报道的转载版本，均按查到时的原样列出。没有任何数字是编造的：凡未找到的数值，图表中一律留空。',
	'methodology.confidenceTitle': '每个数字有多可靠',
	'methodology.confidence':
		'每个数据点都标有四种可信度之一。已证实：两个或更多相互独立的来源给出相同的数值。单一来源：只找到一个来源，数值应视为暂定。推算：数值通过计算或依据明确的假设得出，例如根据下个月的水平和报道的变动推算某个月的失业率，由各分项加总得出合计，或假定某项费用在首次有记录之前就已适用。数据表以及CSV和JSON文件都列出了每个数据点的可信度。未证实：找不到可靠来源刊载该数字，只有镜像站、转载网站或单一非权威报道；该数值照常发布，但以空心或斜线绘制，并在提示框和表格中标明（数据文件中为“weak”）。',
	'methodology.caveatsTitle': '需要注意的问题',
	'methodology.caveat711Title': '“71.1万外籍劳动者”',
	'methodology.caveat711':
		'美联社报道称，2023年中国估计有71.1万外籍劳动者。唯一与之吻合的官方数字，是国家移民管理局统计的2023年向在华居住外国人签发的71.1万份居留许可，涵盖学习、家庭团聚等各类事由。经济合作与发展组织统计当年签发许可71.2万份，其中约23.7万份为工作类。这一数字统计的是一年内签发的许可，而非在华工作的人数，也未找到2023年外籍就业人数的官方统计。外籍人员图表把全部类别的许可和工作类许可作为两个序列分别列出。',
	'methodology.caveatYouthTitle': '中国青年失业率的口径断档',
	'methodology.caveatYouth':
		'2023年6月以前，中国16—24岁失业率把正在找工作的在校生计为失业人口，当月创下21.3%的纪录。此后国家统计局暂停发布分年龄组失业率，并从2023年12月数据起改用剔除全部在校生的新口径恢复发布。两个序列衡量的是不同的青年群体，因此图表把它们画成两条分开的线，中间留有空缺；从旧口径到新口径的回落并不意味着失业状况好转。报道所说的“接近18%”属于新口径：2025年9月为17.7%。',
	'methodology.caveatLegalTitle': '10万美元费用的法律地位',
	'methodology.caveatLegal':
		'这笔费用的依据是2025年9月19日根据《移民与国籍法》第212(f)条和第215(a)条签署的一份总统公告，自2025年9月21日起生效，有效期12个月，除非延期。它已在法院遭到挑战：',
	'methodology.legal.1':
		'2025年10月3日：工会、医疗机构、学校和宗教团体在加利福尼亚州北区联邦地区法院起诉（Global Nurse Force v. Trump案）。诉讼结果未查到。',
	'methodology.legal.2':
		'2025年10月16日：美国商会联合美国大学协会，在哥伦比亚特区联邦地区法院起诉（Chamber of Commerce v. DHS案）。',
	'methodology.legal.3': '2025年12月12日：20个州在马萨诸塞州联邦地区法院起诉（State of California v. Noem案）。',
	'methodology.legal.4':
		'2025年12月23日：哥伦比亚特区联邦地区法院（豪厄尔法官）作出有利于政府的裁决，维持这笔费用；部分媒体报道的裁决日期为12月24日。',
	'methodology.legal.5':
		'2025年12月下旬：美国商会向哥伦比亚特区联邦巡回上诉法院提起上诉（各来源说法不一，为12月29日或31日）。2026年1月5日，上诉法院确定加快审理的日程，预计2月进行言词辩论。其判决未查到。',
	'methodology.legal.6':
		'2026年6月8日：马萨诸塞州联邦地区法院（索罗金法官）裁定这笔费用属于未经授权的税收，因而违法，并撤销了有关部门据以执行的指导文件。',
	'methodology.legal.7': '2026年6月12日：同一法院在政府上诉期间暂缓执行其裁决，这笔费用恢复征收。',
	'methodology.legal.8': '2026年9月21日：除非延期，总统公告12个月的有效期届满。',
	'methodology.legalAfter':
		'截至查到的最新来源（2026年7月1日），这笔费用仍在征收。我们没有找到哥伦比亚特区巡回上诉法院的判决、第一巡回上诉法院对马萨诸塞州案上诉的任何裁决、加州案的结果，也不清楚总统公告是否延期到2026年9月21日以后。图表按2025年9月21日起生效显示这笔费用；引用前请先核实其最新状态。',
	'methodology.otherTitle': '其他缺漏',
	'methodology.other':
		'中国没有公布K字签证的收费标准，也未找到K字签证签发量或申请量的统计。2027财年的H-1B注册数仅依据一份二手报道。其他国家在2026年的收费调整可能有遗漏。每张图表的页面都列出了未采用的数据及原因。',
	'methodology.sourcesTitle': '各图表的来源',
	'methodology.sourcesIntro':
		'按图表分组列出数据点引用的全部来源，以及每个来源所支撑的数据。每个数据点的具体来源见数据文件。',
	'methodology.chartLinks': '图表、数据表和下载',
	'methodology.reportTitle': '报告错误',
	'methodology.report':
		'如果某个数字与来源不符、链接失效，或者您知道更好的来源，请发邮件至{email}。请注明图表和数据点：数据表以及CSV和JSON文件的每一行都有一个键，例如new-16-24-2025-08；形如/zh/charts/youth-unemployment?datum=new-16-24-2025-08的链接会打开该图表并突出显示这个数据点。'
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
