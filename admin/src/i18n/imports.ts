import { importsPageWords } from "@entraide/core/glossary/imports";

/**
 * The Imports page's words (استيراد / Importations) come from the glossary
 * (packages/core/src/glossary/imports.ts), as the templates' and reports' do.
 * The registry names come from `resources.<registry>.name`; the messages of
 * rows come from the API, in the language the console asks for.
 */
const [ar, fr] = [importsPageWords("ar"), importsPageWords("fr")];

export const importsResource = { ar: ar.resource, fr: fr.resource };
export const importsMessages = { ar: ar.messages, fr: fr.messages };
