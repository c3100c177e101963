/** The engine's public API. Pure: a workbook snapshot in, tables and findings out. */
export * from './snapshot';
export * from './findings';
export * from './options';
export * from './address';
export * from './review';
export { verifyWorkbook } from './verify';
