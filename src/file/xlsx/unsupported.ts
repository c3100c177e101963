/** A package the fast reader (or the patcher) does not handle; exceljs reads (or writes) it instead. */
export class Unsupported extends Error {
  constructor(what: string) {
    super(`fast reader: ${what}`);
    this.name = 'Unsupported';
  }
}
