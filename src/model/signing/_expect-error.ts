import { RampartError } from '../../core/index.ts';

/** Test helper: await `promise` and return the RampartError it rejects with (fails otherwise). */
export async function rampartErrorOf(promise: Promise<unknown>): Promise<RampartError> {
  try {
    await promise;
  } catch (error) {
    if (RampartError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a RampartError');
}
