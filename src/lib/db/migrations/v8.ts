import type { Migration } from './index';

// Schema version 8: the home list's summaries (issue 15, a home with 500 conversations). One row
// per profile, keyed by the profile's id, holds the summaries of all its conversations sealed as
// one record (mapping.ts), so home opens one record instead of every conversation and plan. It
// is a cache checked against the rows it was made from (see db/summaries.ts), never the only
// copy of anything: not in a backup, rebuilt when missing. Adds a table, touches no other row.
export const v8: Migration = {
	version: 8,
	stores: {
		summaries: 'profileId'
	}
};
