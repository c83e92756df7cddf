/**
 * An error in a notice file that the build can name precisely. Its message always starts
 * with `file:line:` so that editors and CI logs can jump to the spot.
 */
export class NoticeError extends Error {
  readonly file: string;
  readonly line: number | null;

  constructor(file: string, line: number | null, message: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${message}`);
    this.name = 'NoticeError';
    this.file = file;
    this.line = line;
  }
}
