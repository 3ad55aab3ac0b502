import AxeBuilder from '@axe-core/playwright';
import { PASSPHRASE } from './app';
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ARTIFACTS = 'artifacts';

/**
 * Every test watches two promises the app makes: no console errors, and no request to any
 * other origin. Both are checked after each test.
 */
export const test = base.extend<{ guard: void }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const errors: string[] = [];
			const foreign: string[] = [];
			page.on('console', (msg) => {
				if (msg.type() === 'error') errors.push(msg.text());
			});
			page.on('pageerror', (err) => errors.push(err.message));
			// The app is served from this machine (the update test runs a second local server):
			// anything that is not loopback is a request to another origin.
			const local = new Set(['localhost', '127.0.0.1', new URL(baseURL!).hostname]);
			page.on('request', (req) => {
				const url = new URL(req.url());
				if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
				if (!local.has(url.hostname)) foreign.push(req.url());
			});
			await use();
			expect(foreign, 'requests to other origins').toEqual([]);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Saves a screenshot of a key screen as a test artefact. */
export async function shot(page: Page, name: string, fullPage = true) {
	mkdirSync(join(ARTIFACTS, 'screenshots'), { recursive: true });
	await page.screenshot({ path: join(ARTIFACTS, 'screenshots', `${name}.png`), fullPage });
}

/** Runs axe with the WCAG 2.0–2.2 A/AA rules; keeps the results; fails on any violation. */
export async function expectAccessible(page: Page, name: string) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	mkdirSync(join(ARTIFACTS, 'axe'), { recursive: true });
	writeFileSync(join(ARTIFACTS, 'axe', `${name}.json`), JSON.stringify(results, null, 2));
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(summary, `axe violations on ${name}`).toEqual([]);
}

/**
 * Reads the app's IndexedDB directly, bypassing the app's own code, and decrypts the rows
 * with the profile's passphrase following docs/security.md (PBKDF2 → unwrap the data key →
 * AES-GCM per row with its additional data): an independent check of the stored format.
 * Rows of other profiles (that do not open) are left out.
 */
export function readStore<T = Record<string, unknown>>(
	page: Page,
	store: 'conversations' | 'answers' | 'plans' | 'classSessions',
	passphrase = PASSPHRASE
): Promise<T[]> {
	return readIndexedDb<T>(page, store, passphrase);
}

/** One store, read in the page with plain IndexedDB; decrypted unless `passphrase` is null. */
function readIndexedDb<T>(
	page: Page,
	store: 'conversations' | 'answers' | 'plans' | 'classSessions' | 'profiles',
	passphrase: string | null
): Promise<T[]> {
	return page.evaluate(
		async ({ passphrase, store }) => {
			const all = (name: string) =>
				new Promise<Record<string, unknown>[]>((resolve, reject) => {
					const open = indexedDB.open('kansencirkel');
					open.onupgradeneeded = () => open.transaction?.abort();
					open.onerror = () => resolve([]);
					open.onsuccess = () => {
						const db = open.result;
						if (!db.objectStoreNames.contains(name)) {
							db.close();
							resolve([]);
							return;
						}
						const req = db.transaction(name, 'readonly').objectStore(name).getAll();
						req.onsuccess = () => {
							db.close();
							resolve(req.result);
						};
						req.onerror = () => reject(req.error);
					};
				});
			// Answers are in the store keyed per child since schema v4 (docs/storage.md).
			const rows = await all(store === 'answers' ? 'childAnswers' : store);
			if (passphrase === null) return rows as T[];
			const profiles = await all('profiles');
			const enc = new TextEncoder();
			const b64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
			const keys: CryptoKey[] = [];
			for (const p of profiles) {
				const w = p.wrapped as {
					kdf: { iterations: number; salt: string };
					iv: string;
					wrapped: string;
				};
				const base = await crypto.subtle.importKey(
					'raw',
					enc.encode(passphrase.normalize('NFC')),
					'PBKDF2',
					false,
					['deriveKey']
				);
				const kek = await crypto.subtle.deriveKey(
					{ name: 'PBKDF2', hash: 'SHA-256', salt: b64(w.kdf.salt), iterations: w.kdf.iterations },
					base,
					{ name: 'AES-GCM', length: 256 },
					false,
					['decrypt']
				);
				try {
					const raw = await crypto.subtle.decrypt(
						{
							name: 'AES-GCM',
							iv: b64(w.iv),
							additionalData: enc.encode('kansencirkel/data-key/v1')
						},
						kek,
						b64(w.wrapped)
					);
					keys.push(await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']));
				} catch {
					// Another profile's passphrase.
				}
			}
			const aad = (r: Record<string, unknown>) =>
				store === 'classSessions'
					? `classSession:${r.id}`
					: store === 'conversations'
						? `conversation:${r.id}`
						: store === 'answers'
							? `answer:${JSON.stringify(
									r.childId
										? [r.conversationId, r.participantId, r.childId, r.elementId]
										: [r.conversationId, r.participantId, r.elementId]
								)}`
							: `plan:${r.conversationId}`;
			const out: unknown[] = [];
			for (const r of rows) {
				const sealed = r.sealed as { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer };
				for (const key of keys) {
					try {
						const plain = await crypto.subtle.decrypt(
							{ name: 'AES-GCM', iv: sealed.iv, additionalData: enc.encode(aad(r)) },
							key,
							sealed.data
						);
						const clear = { ...r };
						delete clear.sealed;
						out.push({ ...clear, ...JSON.parse(new TextDecoder().decode(plain)) });
						break;
					} catch {
						// Not this key.
					}
				}
			}
			return out as T[];
		},
		{ passphrase, store }
	);
}

/** The rows exactly as stored (personal fields sealed), for proving what is not in the clear. */
export function readRaw<T = Record<string, unknown>>(
	page: Page,
	store: 'conversations' | 'answers' | 'plans' | 'classSessions' | 'profiles'
): Promise<T[]> {
	return readIndexedDb<T>(page, store, null);
}
