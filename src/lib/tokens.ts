/**
 * The colour tokens of both themes (and of print): the one place they are written. The pages read
 * them as `--<name>` CSS custom properties, generated from this module at build time (`themeCss.ts`,
 * served as `virtual:theme.css` by the Vite plugin in `vite.shared.ts`); the standalone SVG and PNG
 * downloads and the share cards, which must carry literal colours, read them here.
 * Palette after Okabe & Ito (colour-blind safe), darkened for light backgrounds and lightened for dark.
 */
export const TOKEN_NAMES = [
	'bg',
	'fg',
	'muted',
	'rule',
	'grid',
	'band',
	'tooltip-bg',
	'focus',
	'link',
	'highlight-bg',
	'series-1',
	'series-2',
	'series-3',
	'series-4',
	'series-5',
	'series-6',
	'series-7'
] as const;
export type TokenName = (typeof TOKEN_NAMES)[number];
export type ThemeTokens = Record<TokenName, string>;
export type Theme = 'light' | 'dark';

export const LIGHT: ThemeTokens = {
	bg: '#ffffff',
	fg: '#1a1a1a',
	muted: '#595959',
	rule: '#d0d0d0',
	grid: '#e6e6e6',
	band: '#f0ede6',
	'tooltip-bg': '#ffffff',
	focus: '#0b5cad',
	link: '#0b5cad',
	'highlight-bg': '#fff3c4',
	'series-1': '#595959',
	'series-2': '#9a6a00',
	'series-3': '#0072b2',
	'series-4': '#c23b00',
	'series-5': '#007a5a',
	'series-6': '#b3246f',
	'series-7': '#7d5a3c'
};

export const DARK: ThemeTokens = {
	bg: '#121417',
	fg: '#ececec',
	muted: '#a9a9a9',
	rule: '#3d4247',
	grid: '#2a2f34',
	band: '#24262b',
	'tooltip-bg': '#1d2024',
	focus: '#7cb8ff',
	link: '#8cc4ff',
	'highlight-bg': '#3b3415',
	'series-1': '#a9a9a9',
	'series-2': '#e6b84a',
	'series-3': '#5fb0f0',
	'series-4': '#ff8a4c',
	'series-5': '#3fcf9f',
	'series-6': '#f58bc8',
	'series-7': '#d4a373'
};

export const THEMES: Record<Theme, ThemeTokens> = { light: LIGHT, dark: DARK };

/** Printed pages, whatever the reader's theme: black text, pale greys, the light theme's series. */
export const PRINT: ThemeTokens = {
	...LIGHT,
	fg: '#000000',
	muted: '#444444',
	rule: '#bbbbbb',
	grid: '#e0e0e0',
	band: '#eeeeee',
	link: '#000000',
	'highlight-bg': '#ffffff'
};

/**
 * The colour language of the five charts (issue 14): each thing the story compares has one colour
 * everywhere, as a palette index (`series-<n>` in CSS), so a reader who learns "blue is the United
 * States" in one chart reads the next one right.
 *
 * | role      | n | light / dark      | where                                                              |
 * |-----------|---|-------------------|--------------------------------------------------------------------|
 * | `us`      | 3 | #0072b2 / #5fb0f0 | US bars of visa-costs, lottery columns, US comparator, US base fee |
 * | `china`   | 4 | #c23b00 / #ff8a4c | China's bars, the 16–24 youth lines, foreigners in China            |
 * | `other`   | 1 | #595959 / #a9a9a9 | other countries; context series that recede (25–29, 30–59)         |
 * | `payment` | 6 | #b3246f / #f58bc8 | the $100,000 payment, wherever it is drawn                         |
 *
 * Indices 2, 5 and 7 (ochre, green, brown) only tell apart the parts of one whole (the H-1B fee
 * components) and never stand for a country or the payment. Every colour passes WCAG AA for text
 * on the page and 3:1 on the suspension band, in both themes (`contrast.spec.ts`); the palette
 * follows Okabe & Ito, so the four roles stay distinct for colour-blind readers, and every mark
 * also carries a direct label.
 */
export const COLOUR = { us: 3, china: 4, other: 1, payment: 6 } as const;
export type ColourRole = keyof typeof COLOUR;

/**
 * Fonts named in exported SVGs, in order of preference: Arial or its metric twin Liberation Sans
 * (the widths `text.ts` estimates), then fonts found on most Linux machines, then CJK.
 */
export const EXPORT_FONT_FAMILY =
	'Arial, Liberation Sans, Helvetica, DejaVu Sans, Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif';

/**
 * i18n (issue 6): fonts named in Chinese exports, CJK first (as on the Chinese pages), so Latin letters
 * and digits inside Chinese text share the CJK font's baseline and a renderer never falls back to
 * whatever CJK face it meets first (resvg picks a serif one).
 */
export const EXPORT_FONT_FAMILY_ZH =
	'Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, Arial, Liberation Sans, Helvetica, DejaVu Sans, sans-serif';
