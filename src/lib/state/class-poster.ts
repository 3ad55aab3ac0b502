import type { ClassRecord } from '$lib/domain/class-session';
import { m } from '$lib/i18n';

export const POSTER_SIZES = ['A4', 'A3'] as const;
export type PosterSize = (typeof POSTER_SIZES)[number];
export type PosterFormat = 'pdf' | 'html' | 'text';

/**
 * Saves or shares the class poster as a file. The export code (and pdfmake for the PDF) loads
 * only now. Returns what to tell the teacher.
 */
export async function savePoster(
	record: ClassRecord,
	format: PosterFormat,
	size: PosterSize
): Promise<string> {
	const now = new Date();
	const opts = { generatedAt: now.getTime(), pageSize: size };
	const [{ classPosterFileName }, { shareOrDownload, downloadBlob }] = await Promise.all([
		import('$lib/export/plan-document'),
		import('$lib/platform/share')
	]);
	const name = (ext: string) => classPosterFileName(now, ext);
	if (format === 'pdf') {
		const { classPosterToPdf } = await import('$lib/export/plan-pdf');
		const blob = await classPosterToPdf(record, opts);
		const result = await shareOrDownload(blob, name('pdf'), m.classAgreements.title);
		return result === 'shared'
			? m.classAgreements.shared
			: result === 'downloaded'
				? m.classAgreements.downloaded
				: '';
	}
	const body =
		format === 'html'
			? (await import('$lib/export/plan-html')).classPosterToHtml(record, opts)
			: (await import('$lib/export/plan-text')).classPosterToText(record, opts);
	const type = format === 'html' ? 'text/html' : 'text/plain';
	downloadBlob(
		new Blob([body], { type: `${type};charset=utf-8` }),
		name(format === 'html' ? 'html' : 'txt')
	);
	return m.classAgreements.downloaded;
}

/**
 * Prints the poster: the same self-contained HTML as the file, in a hidden frame of this page
 * (no window, no network), so the printout and the saved file always look the same.
 */
export async function printPoster(record: ClassRecord, size: PosterSize): Promise<string> {
	const { classPosterToHtml } = await import('$lib/export/plan-html');
	const frame = document.createElement('iframe');
	frame.setAttribute('aria-hidden', 'true');
	frame.tabIndex = -1;
	frame.style.cssText = 'position:fixed;width:0;height:0;border:0;inset-inline-start:-10px';
	document.body.append(frame);
	try {
		await new Promise<void>((done) => {
			frame.addEventListener('load', () => done(), { once: true });
			frame.srcdoc = classPosterToHtml(record, { generatedAt: Date.now(), pageSize: size });
		});
		frame.contentWindow?.focus();
		frame.contentWindow?.print();
	} finally {
		// print() returns when the dialog closes; the frame is not needed after that.
		frame.remove();
	}
	return '';
}
