/** The engine's public API. Pure: a workbook snapshot in, tables and findings out. */
export * from './snapshot';
export * from './findings';
export * from './options';
export * from './address';
export * from './review';
export { verifyWorkbook } from './verify';
export { COVERAGE_WORDS, UNCHECKED_REASON_WORDS } from './coverage/words';
export { sheetsWithoutTables } from './coverage/sheets';
export { RULES, RULE_IDS, ruleLabel, ruleLabels, fill } from './rules/index';
