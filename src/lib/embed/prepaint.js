// Plain JavaScript so that svelte.config.js can import it to allow the script by its hash (kit.csp).

/**
 * Inline script that runs in the embed's <head> before the first paint: it applies `theme=light|dark`
 * and `chrome=plain` from the query string as attributes on <html>, so a dark or plain embed never
 * flashes the default look while the app loads. It accepts exactly the values of `THEMES` and
 * `CHROMES` in params.ts (a unit test checks that) and writes nothing else.
 * Its SHA-256 is in the content security policy; change the text and the hash follows at build time.
 */
export const EMBED_PREPAINT =
	"(function(){try{var p=new URLSearchParams(location.search),r=document.documentElement,t=p.get('theme'),c=p.get('chrome');if(t==='light'||t==='dark')r.setAttribute('data-theme',t);if(c==='plain')r.setAttribute('data-chrome','plain')}catch(e){}})()";

/** Every inline script the site ships, for the hashes in `kit.csp`. */
export const INLINE_SCRIPTS = [EMBED_PREPAINT];
