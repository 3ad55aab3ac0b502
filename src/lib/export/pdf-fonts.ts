import emoji from '@fontsource/noto-emoji/files/noto-emoji-emoji-400-normal.woff?url';
import arabic from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff?url';
import arabicBold from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-700-normal.woff?url';
import hebrew from '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff?url';
import hebrewBold from '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-700-normal.woff?url';
import roboto from './fonts/Roboto-Regular.woff?url';
import robotoBold from './fonts/Roboto-Medium.woff?url';
import type { PdfFont } from './pdf-scripts';
import { woffToSfnt } from './woff';

/*
 * pdfmake and the fonts of a PDF, loaded on first use: nothing here runs before someone asks for
 * a PDF (this module is only reached through plan-pdf.ts, itself imported on demand).
 * - Roboto Regular and Medium (pdfmake's own TTF files as WOFF, 92 + 94 kB, see
 *   scripts/roboto-woff.mjs) for Latin, Greek and Cyrillic: always. Not pdfmake's vfs_fonts.js:
 *   that is all four faces as base64 in 0.85 MB of script to parse and decode.
 * - IBM Plex Sans Arabic (44 + 44 kB) and Noto Sans Hebrew (9 + 9 kB), regular and bold, and
 *   the monochrome Noto Emoji (568 kB): each only when the document has text in it, fetched from
 *   the app's own origin. The service worker precaches them (woff in vite.config.ts), so a PDF
 *   works offline.
 * Why these: IBM Plex Sans Arabic draws each letter as one glyph, so the text can be copied and
 * searched (Noto Sans Arabic draws the dots as separate glyphs, which pdfkit cannot map back to
 * letters); Noto Emoji is plain outlines (colour emoji fonts were not tried); WOFF, not WOFF2, as
 * fontkit's subsetter embeds WOFF2 fonts broken (RangeError). fontkit shapes Arabic (joining
 * forms, ligatures) and draws right-to-left words reversed; pdf-scripts.ts puts words in order.
 */

// The few pdfmake 0.3 calls used here; pdfmake ships no TypeScript types.
export interface PdfMake {
	addVirtualFileSystem(vfs: Record<string, string | { data: Uint8Array }>): void;
	addFonts(
		fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>
	): void;
	setUrlAccessPolicy(policy: (url: string) => boolean): void;
	createPdf(definition: Record<string, unknown>): { getBlob(): Promise<Blob> };
}

/** Each font's files: regular and bold (no italics: the PDFs never use them). */
const FILES: Record<PdfFont, { normal: string; bold: string }> = {
	Roboto: { normal: roboto, bold: robotoBold },
	PlexArabic: { normal: arabic, bold: arabicBold },
	NotoHebrew: { normal: hebrew, bold: hebrewBold },
	NotoEmoji: { normal: emoji, bold: emoji }
};

let pdfMake: Promise<PdfMake> | undefined;
const loaded = new Map<PdfFont, Promise<void>>();

/** pdfmake, once. */
function loadBase(): Promise<PdfMake> {
	pdfMake ??= (async () => {
		// @ts-expect-error -- pdfmake ships no types; the shape used is declared above.
		const lib = await import('pdfmake/build/pdfmake');
		const maker = (lib.default ?? lib) as PdfMake;
		// The plan never refers to anything outside itself: refuse every URL.
		maker.setUrlAccessPolicy(() => false);
		return maker;
	})().catch((error: unknown) => {
		pdfMake = undefined;
		throw error;
	});
	return pdfMake;
}

/** A font file from the app's own origin (the service worker's cache when offline), as TTF. */
async function fetchFont(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Font not loaded (${response.status}): ${url}`);
	return woffToSfnt(new Uint8Array(await response.arrayBuffer()));
}

function loadFont(maker: PdfMake, font: PdfFont): Promise<void> {
	let loading = loaded.get(font);
	if (!loading) {
		loading = (async () => {
			const { normal, bold } = FILES[font];
			const regular = fetchFont(normal);
			const [plain, strong] = await Promise.all([
				regular,
				bold === normal ? regular : fetchFont(bold)
			]);
			const files = { normal: `${font}-Regular`, bold: `${font}-Bold` };
			maker.addVirtualFileSystem({
				[files.normal]: { data: plain },
				[files.bold]: { data: strong }
			});
			maker.addFonts({
				[font]: {
					normal: files.normal,
					bold: files.bold,
					italics: files.normal,
					bolditalics: files.bold
				}
			});
		})().catch((error: unknown) => {
			loaded.delete(font);
			throw error;
		});
		loaded.set(font, loading);
	}
	return loading;
}

/** Loads pdfmake, Roboto and the given fonts (each once, on first use). */
export async function loadPdfMake(fonts: Iterable<PdfFont> = []): Promise<PdfMake> {
	const wanted = new Set<PdfFont>(['Roboto', ...fonts]);
	const maker = await loadBase();
	await Promise.all([...wanted].map((f) => loadFont(maker, f)));
	return maker;
}
