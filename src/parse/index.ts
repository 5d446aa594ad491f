export { parseDocument } from './parse-document.ts';
export { documentText } from './document-text.ts';
export { SECTION_HEADINGS, isUiString } from './ui-strings.ts';
