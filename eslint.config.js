// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules, eslint-plugin-svelte's
// for components, and eslint-config-prettier last, so that formatting is Prettier's alone.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		// Build output, reports, and files written by the build (static/embed.js: scripts/embed-js.mjs).
		ignores: [
			'build/',
			'.svelte-kit/',
			'reports/',
			'test-results/',
			'playwright-report/',
			'static/embed-app/',
			'static/embed.js'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript itself reports undefined names, and knows the ambient types ESLint does not.
			'no-undef': 'off',
			// `_` marks a parameter or element that is deliberately unused.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// This rule wants every href wrapped in resolve() from $app/paths, for sites served under a base
			// path. This one is served from the root (no `paths.base`), its own links are built by
			// localizedPath() (src/lib/i18n/paths.ts, which owns the /zh prefix) and most others are sources'
			// URLs from the data; resolve() would also make prerendered hrefs relative. goto() and friends
			// stay checked.
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			// TypeScript in components, without type information: the rules used here need none.
			parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	}
);
