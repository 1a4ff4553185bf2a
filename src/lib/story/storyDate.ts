/**
 * The month of China's 16–24 jobless rate (students excluded) that the AP story of 10 November 2025
 * could cite: the latest one published before it (September 2025, released in October; October's
 * figure came out on 18 November). The lede links to this datum and the youth chart labels it; the
 * build checks its value against the story's "nearly 18%" (`ANNOTATIONS.youth` in annotations.ts).
 */
export const STORY_YOUTH_MONTH = '2025-09';
