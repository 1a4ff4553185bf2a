import { describe, expect, it } from 'vitest';
import { oembedPath, oembedResponse } from './oembed';

describe('oembedPath', () => {
	it('is /oembed/<id>.json, with zh/ for the Chinese page', () => {
		expect(oembedPath('h1b-cost', 'en')).toBe('/oembed/h1b-cost.json');
		expect(oembedPath('h1b-cost', 'zh')).toBe('/oembed/zh/h1b-cost.json');
	});
});

describe('oembedResponse', () => {
	const base = { origin: 'https://charts.example', id: 'h1b-cost', title: 'A "quoted" <title>', height: 640.6 };

	it('is an oEmbed 1.0 rich answer with absolute URLs and the embed code', () => {
		const answer = oembedResponse({ ...base, lang: 'en', provider: 'Talent Race' });
		expect(answer).toMatchObject({
			version: '1.0',
			type: 'rich',
			title: 'A "quoted" <title>',
			provider_name: 'Talent Race',
			provider_url: 'https://charts.example/',
			width: 640,
			height: 641,
			thumbnail_url: 'https://charts.example/share/h1b-cost.png',
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
		expect(answer.html).toContain('<iframe src="https://charts.example/embed/h1b-cost?theme=auto&amp;lang=en"');
		expect(answer.html).toContain('title="A &quot;quoted&quot; &lt;title&gt;"');
		expect(answer.html).toContain('height="641"');
		expect(answer.html).toContain('<script async src="https://charts.example/embed.js"></script>');
	});

	it('points the Chinese answer at the Chinese embed, home page and share card', () => {
		const answer = oembedResponse({ ...base, lang: 'zh', provider: '人才争夺战' });
		expect(answer.provider_url).toBe('https://charts.example/zh');
		expect(answer.thumbnail_url).toBe('https://charts.example/zh/share/h1b-cost.png');
		expect(answer.html).toContain('src="https://charts.example/zh/embed/h1b-cost?theme=auto&amp;lang=zh"');
	});
});
