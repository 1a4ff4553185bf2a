import { DataError } from './parse';

/** For tests: the DataError that `run` throws (any other error is rethrown; none fails). */
export function errorOf(run: () => unknown): DataError {
	try {
		run();
	} catch (error) {
		if (error instanceof DataError) return error;
		throw error;
	}
	throw new Error('expected a DataError');
}
