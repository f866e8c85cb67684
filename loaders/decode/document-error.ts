/**
 * A document that cannot be read as text (empty, binary, undecodable, too large). The message always
 * names the file, so the CLI can report it as a user error without a stack trace.
 */
export class DocumentError extends Error {
  readonly file: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'DocumentError';
    this.file = file;
  }
}
