// Test support (only tests import it): one profile's key for repository tests, made once.
// PBKDF2 at the lowest accepted cost keeps the tests fast.
import { createDataKey, MIN_ITERATIONS } from '$lib/platform/crypto';
import type { Cipher } from '$lib/db/mapping';

export const testCipher: Cipher = {
	profileId: 'p1',
	key: (await createDataKey('test-secret', { iterations: MIN_ITERATIONS })).key
};
