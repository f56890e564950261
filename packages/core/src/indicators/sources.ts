import type { Source } from "./source.js";
import { programSources } from "./sources-programs.js";
import { registrySources } from "./sources-registry.js";

/** Every source of the bilan; those whose module has not landed are reported as missing. */
export const bilanSources: Source[] = [...registrySources, ...programSources];

export interface MissingSource {
  entity: string;
  module: string;
  keys: string[];
}

export function missingSourcesOf(sources: Source[]): MissingSource[] {
  return sources.filter((s) => !s.present).map((s) => ({ entity: s.entity, module: s.module, keys: s.feeds }));
}
