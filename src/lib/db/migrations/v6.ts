import type { Migration } from './index';

// Schema version 6: class discussions (kinderkring, issue 12) in a table of their own. One row
// per session holds the whole class record (set-up, totals and notes per element, agreements),
// sealed with the profile's data key (mapping.ts); only the id, the owning profile, the times
// and the number of elements discussed are clear. Adds a table and touches no existing row.
export const v6: Migration = {
	version: 6,
	stores: {
		classSessions: 'id, profileId'
	}
};
