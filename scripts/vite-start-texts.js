// The lock screen's texts as a small module of their own: the groups of the Dutch catalogue
// that can show before the app is unlocked (the layout, the lock screen, the update banner and
// the storage-error screen). The whole catalogue loads while someone types their passphrase;
// until then the start page carries only these. src/lib/i18n/start-texts.spec.ts checks that
// every screen shown before unlocking reads only these groups.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const START_GROUPS = ['app', 'lock', 'storageError', 'update'];

const ID = 'virtual:start-texts';
const RESOLVED = `\0${ID}`;
const DUTCH = fileURLToPath(new URL('../src/lib/i18n/catalogues/nl.json', import.meta.url));

/** @returns {import('vite').Plugin} */
export function startTexts() {
	return {
		name: 'kansencirkel-start-texts',
		resolveId: (id) => (id === ID ? RESOLVED : undefined),
		load(id) {
			if (id !== RESOLVED) return undefined;
			this.addWatchFile(DUTCH);
			const { messages } = JSON.parse(readFileSync(DUTCH, 'utf8'));
			const start = Object.fromEntries(START_GROUPS.map((group) => [group, messages[group]]));
			return `export default ${JSON.stringify({ messages: start })};`;
		}
	};
}
