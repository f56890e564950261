import type { ReactElement } from "react";
import { DataTable, List, Pagination, usePermissions } from "react-admin";
import { fixedRegions, type Me } from "../auth/access";
import { FirstScreenHandOver } from "../first-screen/handOver";
import { FIRST_PAGE_SIZE, type ListColumn } from "../resources/listColumns";
import { listColumnsOf } from "./ListColumns";

/**
 * A registry's list page: API filters, numbered pages walked by cursor
 * (react-admin's partial pagination: "1-25 of more than 25"), no sorting, no
 * bulk actions (the API deletes one record at a time). Its columns are the registry's in resources/listColumns.ts.
 */
export function RegistryList({ filters, columns }: { filters?: ReactElement[]; columns: readonly ListColumn[] }) {
  // A regional officer's lists open on their region (the API keeps them there whatever the filter).
  const { permissions, isPending } = usePermissions<Me>();
  const mine = fixedRegions(permissions);
  const byRegion = mine?.length === 1 && filters?.some((filter) => filter.key === "regionCode");
  if (isPending) return null;
  return (
    <List
      filters={filters}
      filterDefaultValues={byRegion ? { regionCode: mine[0] } : undefined}
      perPage={FIRST_PAGE_SIZE}
      exporter={false}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
    >
      <FirstScreenHandOver territories={columns.some(({ kind }) => kind === "province" || kind === "region")} />
      <DataTable bulkActionButtons={false} rowClick="show">
        {listColumnsOf(columns)}
      </DataTable>
    </List>
  );
}
