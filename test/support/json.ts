/**
 * A JSON document as a test reads it, field by field (an API answer, a synthesized template):
 * what it holds is the test's expectations to check, and the contract test checks every answer
 * against the OpenAPI document.
 */
// biome-ignore lint/suspicious/noExplicitAny: tests read JSON fields freely; their assertions are the check
export type Json = any;
