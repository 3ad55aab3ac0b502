// Test support (only tests import it): one profile's key for repository tests, made once.
// PBKDF2 at the lowest accepted cost keeps the tests fast.
import { createDataKey, MIN_ITERATIONS } from '$lib/platform/crypto';
import type { Cipher } from '$lib/db/mapping';

export const testCipher: Cipher = {
	profileId: 'p1',
	key: (await createDataKey('test-secret', { iterations: MIN_ITERATIONS })).key
};

/** Another profile's key, for tests where two profiles share a device. */
export async function makeCipher(profileId: string, secret: string): Promise<Cipher> {
	return { profileId, key: (await createDataKey(secret, { iterations: MIN_ITERATIONS })).key };
}
