/** Shapes the console reads from the API (see GET /api/openapi.json). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Region {
  code: string;
  nameFr: string;
  nameAr: string;
}
export interface Province extends Region {
  regionCode: string;
  kind: "prefecture" | "province";
}
export interface Territories {
  regions: Array<Region & { provinces: Province[] }>;
}

export interface Hosting {
  id: string;
  spaceId: string;
  cooperativeId: string;
  from: string;
  to?: string;
  version: number;
}

/** The yearly bilan as computed by the indicator jobs. */
export interface Indicators {
  year: number;
  computedAt: string;
  values: Record<string, number>;
  breakdowns?: Record<string, Record<string, number>>;
  missingSources?: string[];
}

/** A year that has a bilan (`GET /api/v1/indicators`). */
export interface IndicatorYear {
  year: number;
  status: "provisional" | "frozen";
  computedAt: string;
  runId?: string;
}

/** A count that may have stopped early (walking cursors has a cap). */
export interface Count {
  count: number;
  capped: boolean;
}

/** A record that is probably the same person (GET /beneficiaries/{id}/duplicates). */
export interface ProbableDuplicate {
  recordId: string;
  score: number;
  /** Stable codes, labelled in i18n under entraide.duplicates.reason. */
  reasons: string[];
}
