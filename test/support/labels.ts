import type { Label } from "@entraide/core/glossary/words";
import { expect } from "vitest";
import { must } from "./must.js";

const arabic = /[\u0600-\u06FF]/;

/** A label is complete when both languages are there, Arabic in Arabic script and French not. */
export function expectComplete(label: Label | undefined, what: string) {
  const { ar, fr } = must(label, what);
  expect(ar, `${what} (ar)`).toMatch(arabic);
  expect(fr.trim(), `${what} (fr)`).not.toBe("");
  expect(fr, `${what} (fr)`).not.toMatch(arabic);
}
