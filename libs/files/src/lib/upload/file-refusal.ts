import { BadInputError } from '@zeren/shared-errors';

/** A file refused for what it is (type, size, form): BAD_USER_INPUT, with the HTTP status that says why. */
export class FileRefusal extends BadInputError {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message, [{ field: 'file', message }]);
  }
}
