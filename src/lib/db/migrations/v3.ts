import type { Migration } from './index';

// Schema version 3: encryption at rest and profiles. Personal fields move into a sealed
// (AES-GCM) blob per row; only ids, the owning profile, timestamps and progress stay in the
// clear. Rows written by versions 1–2 are plaintext: an upgrade cannot encrypt them (there is
// no key yet), so the first profile created on this device adopts and seals them
// (db/profiles.ts). Indices never cover encrypted fields.
export const v3: Migration = {
	version: 3,
	stores: {
		profiles: 'id',
		conversations: 'id, updatedAt, profileId'
	}
};
