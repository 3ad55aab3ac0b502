// Everything the vault needs from storage, in one module it loads when first needed (while
// someone types on the lock screen), so the lock screen itself loads without it.
export { openDatabase } from '$lib/db';
export { clearJournal, replayJournal } from '$lib/db/journal';
export { clearPlanJournal } from '$lib/db/plan-journal';
export { stepAsideOnUpgrade } from './tabs';
