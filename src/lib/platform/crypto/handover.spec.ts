import { describe, expect, test } from 'vitest';
import { fromBase64, toBase64 } from './base64';
import { CryptoFormatError, TamperedError } from './errors';
import { PUBLIC_KEY_BYTES, createHandoverKey, openSealed, sealTo } from './handover';

const preparation = JSON.stringify({
	wie: 'Juf Sanne',
	over: 'Noor',
	notities: ['Speelt graag buiten 🌳', 'يلعب مع أصدقائه']
});

/** Flips one bit of a base64 field. */
function flip(b64: string, at = 0): string {
	const bytes = fromBase64(b64);
	bytes[at]! ^= 1;
	return toBase64(bytes);
}

describe('a hand-over sealed to a one-time key', () => {
	test('the receiver opens it; the package holds no plaintext and survives JSON', async () => {
		const receiver = await createHandoverKey();
		expect(fromBase64(receiver.publicKey)).toHaveLength(PUBLIC_KEY_BYTES);
		const sealed = await sealTo(receiver.publicKey, preparation);
		const wire = JSON.stringify(sealed);
		expect(wire).not.toContain('Noor');
		expect(wire).not.toContain('Sanne');
		expect(await openSealed(receiver, JSON.parse(wire))).toBe(preparation);
	});

	test('the private key cannot be exported, so it never leaves the receiving device', async () => {
		const receiver = await createHandoverKey();
		expect(receiver.privateKey.extractable).toBe(false);
		await expect(crypto.subtle.exportKey('pkcs8', receiver.privateKey)).rejects.toThrow();
	});

	test('every seal uses a new sender key and IV: the same text twice looks different', async () => {
		const receiver = await createHandoverKey();
		const a = await sealTo(receiver.publicKey, preparation);
		const b = await sealTo(receiver.publicKey, preparation);
		expect(a.from).not.toBe(b.from);
		expect(a.iv).not.toBe(b.iv);
		expect(a.ciphertext).not.toBe(b.ciphertext);
	});

	test('another device (someone who photographed the QR codes) cannot open it', async () => {
		const receiver = await createHandoverKey();
		const bystander = await createHandoverKey();
		const sealed = await sealTo(receiver.publicKey, preparation);
		await expect(openSealed(bystander, sealed)).rejects.toBeInstanceOf(TamperedError);
	});

	test('a changed ciphertext, IV or sender key is refused, never half-read', async () => {
		const receiver = await createHandoverKey();
		const sealed = await sealTo(receiver.publicKey, preparation);
		const other = await createHandoverKey();
		for (const changed of [
			{ ...sealed, ciphertext: flip(sealed.ciphertext, 3) },
			{ ...sealed, iv: flip(sealed.iv) },
			// A valid point, but not the one the sender used: the derived key differs.
			{ ...sealed, from: other.publicKey }
		]) {
			await expect(openSealed(receiver, changed)).rejects.toBeInstanceOf(TamperedError);
		}
	});

	test('malformed packages and keys are format errors, with no crypto attempted', async () => {
		const receiver = await createHandoverKey();
		const sealed = await sealTo(receiver.publicKey, preparation);
		// A point that is not on the curve: right length, wrong bytes.
		const offCurve = toBase64(new Uint8Array(PUBLIC_KEY_BYTES).fill(7));
		for (const bad of [
			null,
			'tekst',
			{ ...sealed, v: 2 },
			{ ...sealed, extra: 'veld' },
			{ ...sealed, iv: 'AAAA' },
			{ ...sealed, ciphertext: '' },
			{ ...sealed, from: 'niet base64!' },
			{ ...sealed, from: offCurve }
		]) {
			await expect(openSealed(receiver, bad)).rejects.toBeInstanceOf(CryptoFormatError);
		}
		await expect(sealTo(offCurve, 'x')).rejects.toBeInstanceOf(CryptoFormatError);
		await expect(sealTo('AAAA', 'x')).rejects.toBeInstanceOf(CryptoFormatError);
	});
});
