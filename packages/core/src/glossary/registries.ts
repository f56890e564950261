/**
 * Every registry's words, keyed by its path under /api/v1 (its definition's `def.path`
 * in ../registries.ts): the console's `resources.<path>` messages are read from here.
 * test/core/registry-words.test.ts holds this list to core's, field by field of each
 * record schema, in both languages.
 */
import type { AnyRegistryWords } from "./fields.js";
import { aidDistributionWords } from "./registries/aid-distribution.js";
import { beneficiaryWords } from "./registries/beneficiary.js";
import { centerWords } from "./registries/center.js";
import { cooperativeWords } from "./registries/cooperative.js";
import { enrollmentWords } from "./registries/enrollment.js";
import { exhibitionWords } from "./registries/exhibition.js";
import { grantWords } from "./registries/grant.js";
import { marketplaceSpaceWords } from "./registries/marketplace-space.js";
import { programSupportWords } from "./registries/program-support.js";
import { vigilanceCellWords } from "./registries/vigilance-cell.js";
import { type Language, wordsIn } from "./words.js";

export const registryWords: Readonly<Record<string, AnyRegistryWords>> = {
  centers: centerWords,
  beneficiaries: beneficiaryWords,
  enrollments: enrollmentWords,
  "aid-distributions": aidDistributionWords,
  grants: grantWords,
  cooperatives: cooperativeWords,
  "marketplace-spaces": marketplaceSpaceWords,
  exhibitions: exhibitionWords,
  "program-supports": programSupportWords,
  "vigilance-cells": vigilanceCellWords,
};

/** The registries' words in one language, `{ <path>: { name, fields } }`: the console's `resources` messages. */
export const registryMessages = (language: Language): Record<string, { name: string; fields: object }> =>
  Object.fromEntries(Object.entries(registryWords).map(([path, words]) => [path, wordsIn(language, words)]));
