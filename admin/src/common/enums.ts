import { type EnumName, enumLabels } from "@entraide/core/glossary/labels";

export type { EnumName };

/**
 * The registry's fixed lists (as in the API's schemas), in the glossary's order.
 * Each value's label is the translation `entraide.enums.<list>.<value>`, which
 * the i18n messages take from the same glossary.
 */
export const enums = Object.fromEntries(
  Object.entries(enumLabels).map(([list, labels]) => [list, Object.keys(labels)]),
) as {
  [List in EnumName]: Array<keyof (typeof enumLabels)[List] & string>;
};

/** Choices for a select input; react-admin translates each name. */
export const choicesOf = (list: EnumName) =>
  enums[list].map((value) => ({ id: value, name: `entraide.enums.${list}.${value}` }));
