/** The app's IndexedDB database (its own module, so the lock screen can name it without Dexie). */
export const DB_NAME = 'kansencirkel';
