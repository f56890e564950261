import type { ReactElement, ReactNode } from "react";
import { DataTable, List, Pagination } from "react-admin";

/**
 * A registry's list page: API filters, numbered pages walked by cursor
 * (react-admin's partial pagination: "1-25 of more than 25"), no sorting, no
 * bulk actions (the API deletes one record at a time).
 */
export function RegistryList({ filters, children }: { filters?: ReactElement[]; children: ReactNode }) {
  return (
    <List
      filters={filters}
      perPage={25}
      exporter={false}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
    >
      <DataTable bulkActionButtons={false} rowClick="show">
        {children}
      </DataTable>
    </List>
  );
}
