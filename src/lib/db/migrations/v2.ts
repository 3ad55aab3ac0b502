import type { Migration } from './index';

// Schema version 2: the gedragen plan, one per conversation. Adding a table needs no
// upgrade function; existing conversations simply have no plan yet.
export const v2: Migration = {
	version: 2,
	stores: {
		plans: 'conversationId'
	}
};
