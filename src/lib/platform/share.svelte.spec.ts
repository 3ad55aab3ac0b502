import { afterEach, describe, expect, test, vi } from 'vitest';
import { copyText, downloadBlob, shareOrDownload } from './share';

const pdf = () => new Blob(['%PDF-1.7'], { type: 'application/pdf' });

/** Catches the download link's click instead of letting the browser download. */
function catchDownloads() {
	const clicks: { name: string; href: string; inDocument: boolean }[] = [];
	vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
		this: HTMLAnchorElement
	) {
		clicks.push({ name: this.download, href: this.href, inDocument: this.isConnected });
	});
	return clicks;
}

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe('downloadBlob', () => {
	test('clicks a download link with the file name and a blob URL, then removes it', () => {
		const clicks = catchDownloads();
		downloadBlob(pdf(), 'gedragen-plan-gezin-j-2026-11-23.pdf');
		expect(clicks).toEqual([
			{
				name: 'gedragen-plan-gezin-j-2026-11-23.pdf',
				href: expect.stringMatching(/^blob:/),
				inDocument: true
			}
		]);
		expect(document.querySelector('a[download]')).toBeNull();
	});
});

describe('shareOrDownload', () => {
	test('shares the file when the device can share files', async () => {
		const share = vi.fn().mockResolvedValue(undefined);
		vi.stubGlobal('navigator', { canShare: () => true, share });
		const clicks = catchDownloads();
		expect(await shareOrDownload(pdf(), 'plan.pdf', 'Gedragen plan')).toBe('shared');
		const data = share.mock.calls[0]![0] as ShareData;
		expect(data.title).toBe('Gedragen plan');
		expect(data.files![0]!.name).toBe('plan.pdf');
		expect(data.files![0]!.type).toBe('application/pdf');
		expect(clicks).toHaveLength(0);
	});

	test('closing the share sheet is "cancelled", not an error and no download', async () => {
		const share = vi.fn().mockRejectedValue(new DOMException('Share canceled', 'AbortError'));
		vi.stubGlobal('navigator', { canShare: () => true, share });
		const clicks = catchDownloads();
		expect(await shareOrDownload(pdf(), 'plan.pdf', 'Gedragen plan')).toBe('cancelled');
		expect(clicks).toHaveLength(0);
	});

	test('downloads when sharing fails for another reason', async () => {
		const share = vi.fn().mockRejectedValue(new DOMException('No gesture', 'NotAllowedError'));
		vi.stubGlobal('navigator', { canShare: () => true, share });
		const clicks = catchDownloads();
		expect(await shareOrDownload(pdf(), 'plan.pdf', 'Gedragen plan')).toBe('downloaded');
		expect(clicks.map((c) => c.name)).toEqual(['plan.pdf']);
	});

	test('downloads when the browser cannot share files', async () => {
		vi.stubGlobal('navigator', { canShare: undefined, share: undefined });
		const clicks = catchDownloads();
		expect(await shareOrDownload(pdf(), 'gedragen-plan-x-2026-11-23.pdf', 'Plan')).toBe(
			'downloaded'
		);
		expect(clicks.map((c) => c.name)).toEqual(['gedragen-plan-x-2026-11-23.pdf']);
	});

	test('downloads when the device can share, but not files', async () => {
		const share = vi.fn();
		vi.stubGlobal('navigator', { canShare: () => false, share });
		const clicks = catchDownloads();
		expect(await shareOrDownload(pdf(), 'plan.pdf', 'Plan')).toBe('downloaded');
		expect(share).not.toHaveBeenCalled();
		expect(clicks).toHaveLength(1);
	});
});

describe('copyText', () => {
	test('writes the text to the clipboard', async () => {
		const writeText = vi.fn().mockResolvedValue(undefined);
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		expect(await copyText('GEDRAGEN PLAN: Gezin J.')).toBe(true);
		expect(writeText).toHaveBeenCalledWith('GEDRAGEN PLAN: Gezin J.');
	});

	test('says false when the clipboard refuses or is missing', async () => {
		vi.stubGlobal('navigator', {
			clipboard: {
				writeText: vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError'))
			}
		});
		expect(await copyText('x')).toBe(false);
		vi.stubGlobal('navigator', { clipboard: undefined });
		expect(await copyText('x')).toBe(false);
	});
});
