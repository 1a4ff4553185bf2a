import { describe, expect, it } from 'vitest';
import { imageBlockWidth, CARD_HEIGHT, chartImageLayout, IMAGE_WIDTH, type ImageText } from './chartImage.layout';

const text: ImageText = {
	title: 'What a new H-1B petition costs an employer in US government fees',
	subtitle:
		'Fees rose from $610 in 1999 to $3,595 in 2025; since 21 September 2025 a worker hired from abroad costs $100,000 more.',
	notes: 'Notes: ' + 'Government fees in force on 1 April of each year, when cap petitions open. '.repeat(6),
	source: 'Sources: GIP; PSBP; Nixon Peabody; Visalaw; 21 more',
	credit: 'Talent Race · news.example.org/charts/h1b-cost'
};
const chart = { width: 640, height: 397 };

describe('chartImageLayout("card")', () => {
	const layout = chartImageLayout('card', text, chart);

	it('is 1200 × 630', () => {
		expect([layout.width, layout.height]).toEqual([IMAGE_WIDTH, CARD_HEIGHT]);
	});

	it('keeps every line inside the card and left of the chart, except the full-width footer', () => {
		for (const b of layout.blocks) {
			const right = b.x + imageBlockWidth(b);
			const bottom = b.y + (b.lines.length - 1) * b.lineHeight;
			expect(bottom, b.key).toBeLessThanOrEqual(CARD_HEIGHT - 24);
			if (b.key === 'title' || b.key === 'subtitle') {
				expect(right, b.key).toBeLessThan(layout.chart.x);
				expect(bottom, b.key).toBeLessThan(layout.blocks.find((o) => o.key === 'source')!.y - 20);
			} else expect(right, b.key).toBeLessThan(IMAGE_WIDTH - 40);
		}
	});

	it('scales the chart into its column without distorting it', () => {
		expect(layout.chart.x + layout.chart.width).toBeLessThanOrEqual(IMAGE_WIDTH - 40);
		expect(layout.chart.width / layout.chart.height).toBeCloseTo(640 / 397, 1);
	});

	it('shrinks a long title until the column fits', () => {
		const long = chartImageLayout('card', { ...text, title: `${text.title} ${text.title}` }, chart);
		const title = long.blocks.find((b) => b.key === 'title')!;
		expect(title.size).toBeLessThan(layout.blocks.find((b) => b.key === 'title')!.size);
	});
});

describe('chartImageLayout("download")', () => {
	const layout = chartImageLayout('download', text, chart);

	it('is 1200 px wide, with the chart across the full inner width', () => {
		expect(layout.width).toBe(IMAGE_WIDTH);
		expect(layout.chart.width).toBe(IMAGE_WIDTH - 96);
		expect(layout.chart.height).toBe(Math.round((397 * (IMAGE_WIDTH - 96)) / 640));
	});

	it('stacks title, subtitle, chart, notes, source and credit without overlap, all inside', () => {
		const [title, subtitle, notes, source, credit] = layout.blocks;
		expect(layout.blocks.map((b) => b.key)).toEqual(['title', 'subtitle', 'notes', 'source', 'credit']);
		expect(subtitle.y).toBeGreaterThan(title.y + (title.lines.length - 1) * title.lineHeight);
		expect(layout.chart.y).toBeGreaterThan(subtitle.y + (subtitle.lines.length - 1) * subtitle.lineHeight);
		expect(notes.y - notes.size).toBeGreaterThan(layout.chart.y + layout.chart.height);
		expect(source.y).toBeGreaterThan(notes.y + (notes.lines.length - 1) * notes.lineHeight);
		expect(credit.y + 20).toBeLessThan(layout.height);
		for (const b of layout.blocks) expect(b.x + imageBlockWidth(b), b.key).toBeLessThanOrEqual(IMAGE_WIDTH - 48);
	});
});

describe('chartImageLayout in Chinese', () => {
	const zhText: ImageText = {
		title: '有多少外国人在中国生活和工作',
		subtitle: '2023年的“71.1万”统计的是各类居留许可，其中工作类只有约23.7万份。',
		notes: '',
		source: '来源：OECD International Migration Outlook；Guancha；另有4个来源',
		credit: '人才争夺战 · news.example.org/zh/charts/foreign-workers'
	};

	it('gives a wrapped Chinese card title lines of even length, not a word cut off on a short line', () => {
		// Seen in the first Chinese share card: "有多少外国人在中" / "国生活和工作".
		const title = chartImageLayout('card', zhText, chart).blocks.find((b) => b.key === 'title')!;
		expect(title.lines.join('')).toBe(zhText.title);
		expect(title.lines.length).toBeGreaterThan(1);
		const lengths = title.lines.map((l) => [...l].length);
		expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
	});

	it('keeps Chinese card text inside its column', () => {
		const layout = chartImageLayout('card', zhText, chart);
		for (const b of layout.blocks.filter((b) => b.key === 'title' || b.key === 'subtitle')) {
			expect(b.x + imageBlockWidth(b), b.key).toBeLessThan(layout.chart.x);
		}
	});
});
