import type { ParamMatcher } from '@sveltejs/kit';

/** The optional first path segment naming a non-default language: `/zh/…`. English has none. */
export const match: ParamMatcher = (param): param is 'zh' => param === 'zh';
