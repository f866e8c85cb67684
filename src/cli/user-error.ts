/**
 * An error caused by the user's input or environment (a bad file, a missing server), as opposed to a
 * bug. Its message names the input and what is wrong; the CLI prints it without a stack trace.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
