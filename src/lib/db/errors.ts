// The errors live in the domain, so screens can tell them apart without importing db/.
export { DamagedRecordError, MissingRecordError, ValidationError } from '$lib/domain/errors';
