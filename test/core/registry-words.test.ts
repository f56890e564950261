import { systemShape } from "@entraide/core/common";
import { registryWords } from "@entraide/core/glossary/registries";
import type { Label, Words } from "@entraide/core/glossary/words";
import { registries } from "@entraide/core/registries";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { expectComplete } from "../support/labels.js";
import { must } from "../support/must.js";

/** The object a field holds once optional, nullable and default are set aside, if it is an object. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault)
    inner = inner.unwrap() as z.ZodType;
  return inner instanceof z.ZodObject ? inner.shape : undefined;
}

/** Every field of a record schema as a message path ("location.lat" for an object field), read from its keys. */
function fieldPaths(shape: Record<string, z.ZodType>, prefix = ""): string[] {
  return Object.entries(shape).flatMap(([key, field]) => {
    const nested = objectShape(field);
    return nested ? fieldPaths(nested, `${prefix}${key}.`) : [`${prefix}${key}`];
  });
}

const labelAt = (fields: Words, path: string) =>
  path.split(".").reduce<Label | Words | undefined>((node, key) => (node as Words | undefined)?.[key], fields) as
    | Label
    | undefined;

describe("each registry's words", () => {
  it("exist for every registry of core's list, and only for those", () => {
    expect(Object.keys(registryWords).sort()).toEqual(registries.map((r) => r.def.path).sort());
  });

  it.each(registries.map((r) => [r.def.path, r] as const))(
    "%s: name every field of the record schema, system fields included, in Arabic and French",
    (path, registry) => {
      const words = must(registryWords[path], `the words of ${path}`);
      const paths = fieldPaths({ ...registry.def.fields.shape, ...systemShape });
      expect(paths.length).toBeGreaterThan(Object.keys(systemShape).length);
      for (const field of paths) expectComplete(labelAt(words.fields, field), `${path}.fields.${field}`);
    },
  );

  it.each(registries.map((r) => [r.def.path] as const))(
    "%s: name the registry by count, six Arabic forms and two French",
    (path) => {
      const { name } = must(registryWords[path], `the words of ${path}`);
      expectComplete(name, `${path}.name`);
      expect(name.ar.split(" |||| "), path).toHaveLength(6);
      expect(name.fr.split(" |||| "), path).toHaveLength(2);
    },
  );
});
