// The door to the storage room: state classes use these, never Dexie or the rows.
export { openDatabase, type Database } from './database';
export type { Repos } from './repos';
export { observe, type Observable, type Subscription } from './observe';
export { DB_NAME } from './db';
export { ValidationError, MissingRecordError, DamagedRecordError } from './errors';
export type { ConversationSummary } from './conversations';
export type { ClassSessionListEntry } from './class-sessions';
export type { Cipher } from './mapping';
export { ProfileRepo, type Profile, type SecretKind, type LockMinutes } from './profiles';
