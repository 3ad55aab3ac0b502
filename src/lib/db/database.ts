import { createDb, DB_NAME } from './db';
import type { Cipher } from './mapping';
import { ProfileRepo } from './profiles';
import { reposFor, type Repos } from './repos';

/** The app's database as the rest of the app sees it: repositories, never Dexie. */
export interface Database {
	readonly name: string;
	readonly profiles: ProfileRepo;
	/** The repositories of the profile this key belongs to. */
	reposFor(cipher: Cipher): Repos;
	/**
	 * Another tab opens a newer schema (`newVersion`) or deletes the database (null). This
	 * connection then closes at once, unless the handler answers 'stay-open': it promises to
	 * call `close()` itself (after saving what is pending), and the handlers registered before it are not asked.
	 */
	onVersionChange(handler: (newVersion: number | null) => 'stay-open' | void): void;
	close(): void;
	/** Closes the connection and deletes the whole database, every profile's rows. */
	wipe(): Promise<void>;
}

export function openDatabase(name: string = DB_NAME): Database {
	const db = createDb(name);
	return {
		name,
		profiles: new ProfileRepo(db),
		reposFor: (cipher) => reposFor(db, cipher),
		onVersionChange(handler) {
			// Returning false stops Dexie's own handler, which would close the connection now.
			db.on('versionchange', (event) =>
				handler(event.newVersion) === 'stay-open' ? false : undefined
			);
		},
		close: () => db.close(),
		async wipe() {
			db.close();
			await db.delete();
		}
	};
}
