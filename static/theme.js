// Applies the reader's remembered theme before the page paints (external file: no inline script needed).
(function () {
	try {
		var theme = localStorage.getItem('talentrace-theme');
		if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
	} catch {
		/* storage blocked: follow the system setting */
	}
})();
