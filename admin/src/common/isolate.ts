import type { RaRecord } from "react-admin";

/** Wraps a string so the surrounding text's direction can't reorder it (FSI … PDI): "K." stays "K." in Arabic. */
export const isolate = (text: string) => `\u2068${text}\u2069`;

/** A person as one line of text (titles, references), safe in either direction. */
export const personName = (record: RaRecord) => isolate([record.firstName, record.lastName].filter(Boolean).join(" "));
