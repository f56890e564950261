import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import {
  Labeled,
  RecordContextProvider,
  ReferenceField,
  useDataProvider,
  useLocale,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { must } from "../../common/must";
import type { EntraideDataProvider } from "../../dataProvider";
import { intlLocaleOf } from "../../i18n/i18nProvider";

/**
 * Other beneficiaries who are probably this person (same birth date and sex,
 * names alike across spellings and scripts), with the score and its reasons
 * in the reader's language, each linking to the other record.
 */
export function DuplicatesPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  const dataProvider = useDataProvider<EntraideDataProvider>();
  const { data, isPending } = useQuery({
    queryKey: ["beneficiaries", "duplicates", record?.id],
    queryFn: () => dataProvider.getDuplicates(String(must(record, "the beneficiary of the duplicates").id)),
    enabled: !!record,
  });
  if (!record) return null;
  const items = data?.items ?? [];
  const percent = new Intl.NumberFormat(intlLocaleOf(locale), { style: "percent" });
  return (
    <Labeled label={translate("entraide.duplicates.title")} fullWidth>
      <Box data-testid="duplicates-panel">
        {isPending ? null : items.length === 0 ? (
          <Typography variant="body2">{translate("entraide.duplicates.none")}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate("entraide.duplicates.record")}</TableCell>
                <TableCell>{translate("entraide.duplicates.score")}</TableCell>
                <TableCell>{translate("entraide.duplicates.reasons")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((match) => (
                <TableRow key={match.recordId} data-duplicate={match.recordId}>
                  <TableCell>
                    <RecordContextProvider value={{ id: match.recordId, recordId: match.recordId }}>
                      <ReferenceField source="recordId" reference="beneficiaries" link="show" />
                    </RecordContextProvider>
                  </TableCell>
                  <TableCell>{percent.format(match.score)}</TableCell>
                  <TableCell>
                    <Stack direction="row" gap={0.5} flexWrap="wrap">
                      {match.reasons.map((reason) => (
                        <Chip
                          key={reason}
                          size="small"
                          label={translate(`entraide.duplicates.reason.${reason}`, { _: reason })}
                        />
                      ))}
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Box>
    </Labeled>
  );
}
