import { DataTable, DateField, List, Pagination, useLocaleState, useRecordContext, useTranslate } from "react-admin";
import type { ImportJob } from "../../api/imports";
import { Column } from "../../common/fields";
import { intlLocaleOf } from "../../i18n/i18nProvider";

function RegistryName() {
  const job = useRecordContext<ImportJob>();
  const translate = useTranslate();
  return job ? translate(`resources.${job.registry}.name`, { smart_count: 2 }) : null;
}

function StatusName() {
  const job = useRecordContext<ImportJob>();
  const translate = useTranslate();
  return job ? <span data-status={job.status}>{translate(`entraide.imports.status.${job.status}`)}</span> : null;
}

/** valid · invalid · duplicates · probable duplicates (· created once committed). */
function CountsSummary() {
  const job = useRecordContext<ImportJob>();
  const translate = useTranslate();
  if (!job?.counts) return null;
  const shown = (["rows", "valid", "invalid", "duplicates", "probableDuplicates", "created"] as const).filter(
    (k) => k !== "created" || job.status === "committed",
  );
  return <>{shown.map((key) => `${translate(`entraide.imports.counts.${key}`)} ${job.counts[key]}`).join(" · ")}</>;
}

function When() {
  const [locale] = useLocaleState();
  return <DateField source="createdAt" showTime locales={intlLocaleOf(locale)} />;
}

/** Past imports, in the order the API lists them (newest first): who, when, which registry, what came of it; a row opens it. */
export function ImportList() {
  return (
    <List
      perPage={25}
      exporter={false}
      sort={{ field: "createdAt", order: "DESC" }}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
    >
      <DataTable bulkActionButtons={false} rowClick="show">
        <Column source="createdAt" field={When} />
        <Column source="createdBy" />
        <Column source="registry" field={RegistryName} />
        <Column source="fileName" />
        <Column source="status" field={StatusName} />
        <Column source="counts" field={CountsSummary} />
      </DataTable>
    </List>
  );
}
