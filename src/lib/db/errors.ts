// The errors live in the domain, so screens can tell them apart without importing db/.
export { MissingRecordError, ValidationError } from '$lib/domain/errors';
