/** The reader's theme choice: the system's (`auto`, no `data-theme` on the root) or one on request. */
export type ThemeChoice = 'auto' | 'light' | 'dark';

/** Where the choice is remembered; static/theme.js reads it before the page paints. */
const THEME_STORAGE_KEY = 'talentrace-theme';

const NEXT: Record<ThemeChoice, ThemeChoice> = { auto: 'light', light: 'dark', dark: 'auto' };

/** The choice on screen, read from the root element (static/theme.js set it before paint). */
function currentTheme(): ThemeChoice {
	const theme = document.documentElement.dataset.theme;
	return theme === 'light' || theme === 'dark' ? theme : 'auto';
}

/** Moves to the next choice (auto → light → dark → auto), applies it at once and remembers it. */
export function cycleTheme(): ThemeChoice {
	const theme = NEXT[currentTheme()];
	const root = document.documentElement;
	if (theme === 'auto') delete root.dataset.theme;
	else root.dataset.theme = theme;
	try {
		if (theme === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
		else localStorage.setItem(THEME_STORAGE_KEY, theme);
	} catch {
		/* storage blocked: the choice lasts for this page only */
	}
	return theme;
}
