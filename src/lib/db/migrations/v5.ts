import type { Migration } from './index';

// Schema version 5: notes "alleen voor de coach" in a table of their own, so nothing that
// reads answers (overview, plan, exports) can ever pick them up. Like every personal row the
// text is sealed with the profile's data key (mapping.ts); only the id, the conversation and
// the time are clear. Version 4 (answers per child) is another change; this one adds a table
// and touches no existing row, so it applies on top of either.
export const v5: Migration = {
	version: 5,
	stores: {
		coachNotes: 'id, conversationId'
	}
};
