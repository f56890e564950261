import { beneficiaryRecordsKey } from "./enrollment.js";
import { type IndexChoice, narrowestPage } from "./narrowest-page.js";

/**
 * Indexes of a record kind about one beneficiary (aid, grants): the
 * beneficiary's records partition (gsi2, sort key `TAG#id`), one partition per
 * value of a chosen field (gsi1), and the whole kind (gsi3).
 */
export function beneficiaryRecordIndexes<F extends string>(prefix: string, tag: string, byField: F) {
  const byValueKey = (value: unknown) => `${prefix}#${byField.toUpperCase()}#${String(value)}`;
  return {
    indexKeys: (record: { id: string; beneficiaryId: string } & Record<F, string>) => ({
      gsi1pk: byValueKey(record[byField]),
      gsi1sk: record.id,
      gsi2pk: beneficiaryRecordsKey(record.beneficiaryId),
      gsi2sk: `${tag}#${record.id}`,
      gsi3pk: prefix,
      gsi3sk: record.id,
    }),
    /** A page by beneficiary, else by the chosen field, else of every record; the other criterion filters. */
    page: (query: { limit: number; cursor?: string; beneficiaryId?: string } & Partial<Record<F, string>>) => {
      const { beneficiaryId } = query;
      const value = query[byField] as string | undefined;
      const choices: IndexChoice[] = [
        {
          field: "beneficiaryId",
          value: beneficiaryId,
          index: "gsi2",
          partitionKey: beneficiaryRecordsKey(beneficiaryId ?? ""),
          sortKeyPrefix: `${tag}#`,
        },
        { field: byField, value, index: "gsi1", partitionKey: byValueKey(value) },
      ];
      return narrowestPage(query, choices, { index: "gsi3", partitionKey: prefix });
    },
  };
}
