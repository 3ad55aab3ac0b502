/**
 * Chromium writes the values of form fields into its session files (to restore tabs) and its
 * autofill database, in plain text, unless autocomplete is off. Inputs honour their own
 * `autocomplete="off"`; a textarea only honours its form's. So every field gets
 * autocomplete="off" (passphrase and PIN fields too: the browser must not offer them to the
 * next person at the tablet) and every textarea is tied to one empty form with
 * autocomplete="off". Proven by the persistent-profile e2e test.
 */
export const PRIVATE_FORM_ID = 'private-fields';

function protect(root: ParentNode): void {
	for (const el of root.querySelectorAll<HTMLElement>('input, select, textarea')) {
		if (el.getAttribute('autocomplete') !== 'off') el.setAttribute('autocomplete', 'off');
		if (el instanceof HTMLTextAreaElement && el.getAttribute('form') !== PRIVATE_FORM_ID) {
			el.setAttribute('form', PRIVATE_FORM_ID);
		}
	}
}

/** Protects every field under `root`, now and whenever the screen adds new ones. */
export function protectFields(root: HTMLElement): () => void {
	const form = document.createElement('form');
	form.id = PRIVATE_FORM_ID;
	form.setAttribute('autocomplete', 'off');
	form.hidden = true;
	form.addEventListener('submit', (e) => e.preventDefault());
	document.body.append(form);
	protect(root);
	const observer = new MutationObserver(() => protect(root));
	observer.observe(root, { childList: true, subtree: true });
	return () => {
		observer.disconnect();
		form.remove();
	};
}
