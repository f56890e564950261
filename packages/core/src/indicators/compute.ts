import type { Db } from "../db.js";
import { type Breakdowns, type IndicatorValues, indicatorKeys } from "./keys.js";
import { countServedPerson, hasDisability, PersonBits, RURAL_OR_SEMI_URBAN_BITS } from "./people.js";
import { yearBounds } from "./period.js";
import { queryKind, scanEntities, segmentsFor } from "./scan.js";
import type { Item, Source } from "./source.js";
import { bilanSources, type MissingSource, missingSourcesOf } from "./sources.js";
import { money, newTally, share, type Tally } from "./tally.js";

export interface Bilan {
  year: number;
  values: IndicatorValues;
  breakdowns: Breakdowns;
  /** Items read per entity, for the reader to judge how complete the registries are. */
  sourceCounts: Record<string, number>;
  missingSources: MissingSource[];
}

export interface ComputeOptions {
  sources?: Source[];
  /** Parts the table is scanned in; by default from its size (segmentsFor). */
  segments?: number;
  /** Called with the pass (1 reference kinds, 2 the scan) and the items it has read so far. */
  onProgress?: (pass: number, scanned: number) => void;
}

/**
 * Computes the bilan of one year from the raw records: the reference kinds
 * (each through its index) and one parallel scan of the table for everything
 * that joins on them (see Source), at the same time: the scan's items are read
 * once the references are.
 */
export async function computeBilan(db: Db, year: number, options: ComputeOptions = {}): Promise<Bilan> {
  const sources = options.sources ?? bilanSources;
  const present = sources.filter((s) => s.present);
  const tally = newTally(yearBounds(year));
  const reader = readerOf(tally);
  const references = present.filter((s) => s.pass === 1);
  let read = 0;
  const referencesRead = Promise.all(
    references.map((s) =>
      queryKind(db, {
        entity: s.entity,
        shards: s.shards,
        attributes: s.attributes,
        onItem: reader([s]),
        onProgress: (n) => {
          read += n;
          options.onProgress?.(1, read);
        },
      }),
    ),
  );
  // The scan starts at once; what it meets before the references are all read waits in `early`.
  const events = present.filter((s) => s.pass === 2);
  const readEvent = reader(events);
  let early: Item[] | undefined = [];
  const pass1 = referencesRead.then(() => {
    for (const item of early ?? []) readEvent(item);
    early = undefined;
  });
  let scanned = 0;
  const scan = scanEntities(db, {
    entities: events.map((s) => s.entity),
    attributes: events.flatMap((s) => s.attributes),
    segments: options.segments ?? (await segmentsFor(db)),
    onItem: (item) => (early ? early.push(item) : readEvent(item)),
    // Bounded memory: past this many waiting items, the scan waits for the references.
    beforePage: () => (early && early.length > MAX_EARLY_ITEMS ? pass1 : undefined),
    onProgress: (n) => {
      scanned += n;
      options.onProgress?.(2, scanned);
    },
  });
  await Promise.all([pass1, scan]);
  return bilanOf(year, tally, sources);
}

/** Items the scan may hold while the reference kinds are still being read (a few MB of projected attributes). */
const MAX_EARLY_ITEMS = 50_000;

/**
 * The same bilan from items already in memory (the items a seed has just
 * written, when they are all the table holds): no read of the table. Pass 1
 * before pass 2, as computeBilan reads them.
 */
export function computeBilanOf(items: readonly Item[], year: number, sources: Source[] = bilanSources): Bilan {
  const present = sources.filter((s) => s.present);
  const tally = newTally(yearBounds(year));
  const reader = readerOf(tally);
  for (const pass of [1, 2]) {
    const read = reader(present.filter((s) => s.pass === pass));
    for (const item of items) read(item);
  }
  return bilanOf(year, tally, sources);
}

/** For the sources of one pass: each item counted and read by its kind's source. */
const readerOf = (tally: Tally) => (ofPass: Source[]) => {
  const byEntity = new Map(ofPass.map((s) => [s.entity, s]));
  return (item: Item) => {
    const entity = item.entity as string;
    const source = byEntity.get(entity);
    // A kind's index may hold other items (a kind's guard…): only the kind's own records count.
    if (!source) return;
    tally.sourceCounts[entity] = (tally.sourceCounts[entity] ?? 0) + 1;
    source.read(item, tally);
  };
};

function bilanOf(year: number, tally: Tally, sources: Source[]): Bilan {
  for (const s of sources) if (s.present) tally.sourceCounts[s.entity] ??= 0;
  return { year, ...finish(tally), sourceCounts: tally.sourceCounts, missingSources: missingSourcesOf(sources) };
}

/** Turns the sets into counts and the counts into shares. */
function finish(t: Tally): { values: IndicatorValues; breakdowns: Breakdowns } {
  const v = t.values;
  const area = t.breakdowns["centers.byAreaType"];
  v["centers.ruralOrSemiUrbanShare"] = share((area.rural ?? 0) + (area.semi_urban ?? 0), v["centers.active"]);
  let served = 0;
  let servedRural = 0;
  for (const bits of t.people.values()) {
    if (bits & PersonBits.foodRecipient && hasDisability(bits)) v["aid.foodRecipientsWithDisability"]++;
    if (!(bits & PersonBits.served)) continue;
    served++;
    if (bits & RURAL_OR_SEMI_URBAN_BITS) servedRural++;
    countServedPerson(t, bits);
  }
  v["beneficiaries.served"] = served;
  v["beneficiaries.servedRuralOrSemiUrbanShare"] = share(servedRural, served);
  v["socialCare.institutionsSupported"] = t.socialCareCenters.size;
  v["aid.customsGoodsRecipients"] = t.aidRecipientsByKind.get("customs_goods")?.size ?? 0;
  v["aid.valueMad"] = money(v["aid.valueMad"]);
  v["cooperatives.supported"] = t.supportedCooperatives.size;
  v["marketplaceSpaces.cooperativesHosted"] = t.cooperativesHostedByNewSpaces.size;
  v["facs.incomeGeneratingBeneficiaries"] = t.grantRecipients.size;
  v["facs.amountMad"] = money(v["facs.amountMad"]);
  for (const [kind, recipients] of t.aidRecipientsByKind) t.breakdowns["aid.recipientsByKind"][kind] = recipients.size;
  const byValue = t.breakdowns["aid.valueMadByKind"];
  for (const [kind, value] of Object.entries(byValue)) byValue[kind] = money(value);
  const values = Object.fromEntries(indicatorKeys.map((k) => [k, v[k]])) as IndicatorValues;
  // Buckets in a stable order, whatever order the parallel scan met them in.
  const sorted = (buckets: Record<string, number>) =>
    Object.fromEntries(Object.entries(buckets).sort(([a], [b]) => a.localeCompare(b)));
  const breakdowns = Object.fromEntries(
    Object.entries(t.breakdowns).map(([k, buckets]) => [k, sorted(buckets)]),
  ) as Breakdowns;
  return { values, breakdowns };
}
