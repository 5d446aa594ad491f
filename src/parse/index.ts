export { parseDocument, DEFAULT_PARSE_OPTIONS, type ParseOptions } from './parse-document.ts';
export { documentText } from './document-text.ts';
export { UI_STRINGS, SECTION_HEADINGS, isUiString } from './ui-strings.ts';
