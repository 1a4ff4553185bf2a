import { en, type Messages } from './messages.en';

// Stub so that embeds can already load `lang=zh`: the Simplified Chinese translation is in progress
// (issue 6) and replaces this file. Until then the Chinese catalogue is the English one.
export const zh: Messages = { ...en };
