import {
  Box,
  Button,
  Chip,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tabs,
  Typography,
} from "@mui/material";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { RecordContextProvider, ReferenceField, useDataProvider, useLocale, useTranslate } from "react-admin";
import type { ImportJob, ImportRow, RowOutcome } from "../../api/imports";
import type { EntraideDataProvider } from "../../dataProvider";
import { intlLocaleOf } from "../../i18n/i18nProvider";

/** A link to a record of the import's registry, by its name. */
function RecordLink({ registry, id }: { registry: string; id: string }) {
  return (
    <RecordContextProvider value={{ id, recordId: id }}>
      <ReferenceField source="recordId" reference={registry} link="show" />
    </RecordContextProvider>
  );
}

function Matches({ row, registry }: { row: ImportRow; registry: string }) {
  const translate = useTranslate();
  const percent = new Intl.NumberFormat(intlLocaleOf(useLocale()), { style: "percent" });
  return (
    <Stack gap={1}>
      {row.matches.map((match) => (
        <Stack
          key={match.recordId}
          direction="row"
          gap={1}
          alignItems="center"
          flexWrap="wrap"
          data-match={match.recordId}
        >
          <RecordLink registry={registry} id={match.recordId} />
          <Typography variant="body2" color="text.secondary">
            {percent.format(match.score)}
          </Typography>
          {match.reasons.map((reason) => (
            <Chip key={reason} size="small" label={translate(`entraide.duplicates.reason.${reason}`, { _: reason })} />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}

/** One table line per problem of a row: each issue (column, message), or the records it duplicates. */
function RowLines({ row, registry, linked }: { row: ImportRow; registry: string; linked: boolean }) {
  const cells = row.issues.length
    ? row.issues.map((issue) => [issue.column, issue.message] as const)
    : [["", ""] as const];
  return (
    <>
      {cells.map(([column, message], i) => (
        <TableRow key={`${column}|${message}`} data-row={row.row}>
          <TableCell>{i === 0 ? row.row : ""}</TableCell>
          <TableCell>{column}</TableCell>
          <TableCell>{message}</TableCell>
          {linked && (
            <TableCell>
              {i === 0 && row.matches.length > 0 && <Matches row={row} registry={registry} />}
              {i === 0 && row.recordId && <RecordLink registry={registry} id={row.recordId} />}
            </TableCell>
          )}
        </TableRow>
      ))}
    </>
  );
}

/** The rows of one outcome, a page at a time (the API's cursor), under tabs: problems first. */
export function ProblemRows({ job }: { job: ImportJob }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<EntraideDataProvider>();
  const committed = job.status === "committed";
  const outcomes: RowOutcome[] = committed
    ? ["invalid", "duplicate", "probable_duplicate", "created", "skipped"]
    : ["invalid", "duplicate", "probable_duplicate"];
  const [outcome, setOutcome] = useState<RowOutcome>("invalid");
  const rows = useInfiniteQuery({
    queryKey: ["imports", job.id, "rows", outcome, job.status],
    queryFn: ({ pageParam }) => dataProvider.getImportRows(job.id, outcome, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = rows.data?.pages.flatMap((page) => page.items) ?? [];
  // Invalid rows point at no record: no empty column for them.
  const linked = outcome !== "invalid";
  return (
    <Box data-testid="problem-rows">
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate("entraide.imports.problems")}
      </Typography>
      <Tabs
        value={outcomes.includes(outcome) ? outcome : "invalid"}
        onChange={(_, value) => setOutcome(value)}
        variant="scrollable"
      >
        {outcomes.map((name) => (
          <Tab key={name} value={name} label={translate(`entraide.imports.outcome.${name}`)} data-outcome={name} />
        ))}
      </Tabs>
      {rows.isSuccess && items.length === 0 ? (
        <Typography variant="body2" sx={{ my: 2 }}>
          {translate("entraide.imports.none")}
        </Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate("entraide.imports.row")}</TableCell>
              <TableCell>{translate("entraide.imports.column")}</TableCell>
              <TableCell>{translate("entraide.imports.message")}</TableCell>
              {linked && (
                <TableCell>
                  {translate(outcome === "created" ? "entraide.imports.record" : "entraide.imports.existing")}
                </TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((row) => (
              <Fragment key={row.row}>
                <RowLines row={row} registry={job.registry} linked={linked} />
              </Fragment>
            ))}
          </TableBody>
        </Table>
      )}
      {rows.hasNextPage && (
        <Button onClick={() => void rows.fetchNextPage()} disabled={rows.isFetchingNextPage}>
          {translate("entraide.imports.more")}
        </Button>
      )}
    </Box>
  );
}
