import type { CardsPerSheet } from '$lib/export/card-sheet-pdf';
import { exportText, m } from '$lib/i18n';

export type { CardsPerSheet };
/** The choices, the usual one first (a type import only: the PDF code loads on demand). */
export const CARDS_PER_SHEET = [4, 2] as const satisfies readonly CardsPerSheet[];

/**
 * `kansencirkel-klaskaarten.pdf`: the same cards every time, so no date in the name (and, like
 * every export, nothing about a class or a child).
 */
export function cardSheetFileName(): string {
	return `${exportText.fileName.classCards}.pdf`;
}

/**
 * Saves or shares the printable class cards as a PDF. The PDF code (and pdfmake) loads only
 * now. Returns what to tell the teacher; throws when the PDF could not be made.
 */
export async function saveCardSheet(perSheet: CardsPerSheet): Promise<string> {
	const [{ cardSheetToPdf }, { shareOrDownload }] = await Promise.all([
		import('$lib/export/card-sheet-pdf'),
		import('$lib/platform/share')
	]);
	const blob = await cardSheetToPdf(perSheet);
	const result = await shareOrDownload(blob, cardSheetFileName(), m.classCards.title);
	return result === 'shared'
		? m.classCards.shared
		: result === 'downloaded'
			? m.classCards.downloaded
			: '';
}
