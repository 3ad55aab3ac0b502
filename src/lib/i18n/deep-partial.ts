/**
 * Every key optional, all the way down. Functions (messages with parameters) and arrays stay as
 * they are: a partial catalogue gives a whole message or none of it.
 */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
	? T
	: T extends readonly unknown[]
		? T
		: T extends object
			? { [K in keyof T]?: DeepPartial<T[K]> }
			: T;
