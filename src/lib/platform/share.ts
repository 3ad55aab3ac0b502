// Sharing and saving files and text: the Web Share API where the device has it (tablets and
// phones), else an ordinary download; the clipboard for text.

/** Save a file through the browser's download. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
	// Give the browser a moment to start the download before the URL goes away.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type ShareResult = 'shared' | 'downloaded' | 'cancelled';

/**
 * Offer the file to the share sheet (mail, AirDrop, Teams…) when the device can share files;
 * otherwise, or when sharing fails, download it. Closing the share sheet is not an error.
 */
export async function shareOrDownload(
	blob: Blob,
	fileName: string,
	title: string
): Promise<ShareResult> {
	const file = new File([blob], fileName, { type: blob.type });
	if (typeof navigator.share === 'function' && navigator.canShare?.({ files: [file] })) {
		try {
			await navigator.share({ files: [file], title });
			return 'shared';
		} catch (error) {
			if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
			// NotAllowedError (no user gesture left after a slow PDF) and the like: download instead.
		}
	}
	downloadBlob(blob, fileName);
	return 'downloaded';
}

/** Put text on the clipboard; false when the browser does not allow it. */
export async function copyText(text: string): Promise<boolean> {
	try {
		if (!navigator.clipboard?.writeText) return false;
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
