import emoji from '@fontsource/noto-emoji/files/noto-emoji-emoji-400-normal.woff?url';
import arabic from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff?url';
import arabicBold from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-700-normal.woff?url';
import hebrew from '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff?url';
import hebrewBold from '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-700-normal.woff?url';
import type { PdfFont } from './pdf-scripts';
import { woffToSfnt } from './woff';

/*
 * pdfmake and the fonts of a PDF, loaded on first use: nothing here runs before someone asks for
 * a PDF (this module is only reached through plan-pdf.ts, itself imported on demand).
 * - Roboto (pdfmake's vfs_fonts, about 0.85 MB of script) for Latin, Greek and Cyrillic: always.
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

type ExtraFont = Exclude<PdfFont, 'Roboto'>;

/** Each font's files: regular and bold (neither has italics: italic text is drawn upright). */
const FILES: Record<ExtraFont, { normal: string; bold: string }> = {
	PlexArabic: { normal: arabic, bold: arabicBold },
	NotoHebrew: { normal: hebrew, bold: hebrewBold },
	NotoEmoji: { normal: emoji, bold: emoji }
};

let pdfMake: Promise<PdfMake> | undefined;
const loaded = new Map<ExtraFont, Promise<void>>();

/** pdfmake with Roboto, once. */
function loadBase(): Promise<PdfMake> {
	pdfMake ??= (async () => {
		const [lib, fonts] = await Promise.all([
			// @ts-expect-error -- pdfmake ships no types; the shape used is declared above.
			import('pdfmake/build/pdfmake'),
			// @ts-expect-error -- the font file is plain CommonJS without types.
			import('pdfmake/build/vfs_fonts')
		]);
		const maker = (lib.default ?? lib) as PdfMake;
		maker.addVirtualFileSystem((fonts.default ?? fonts) as Record<string, string>);
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

function loadFont(maker: PdfMake, font: ExtraFont): Promise<void> {
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

/** Loads pdfmake and the given fonts (each once, on first use); Roboto is always there. */
export async function loadPdfMake(fonts: Iterable<PdfFont> = []): Promise<PdfMake> {
	const maker = await loadBase();
	const extra = [...fonts].filter((f): f is ExtraFont => f !== 'Roboto');
	await Promise.all(extra.map((f) => loadFont(maker, f)));
	return maker;
}
