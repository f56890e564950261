import { Box, Button as MuiButton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import {
  CanAccess,
  Form,
  type HttpError,
  NumberInput,
  type RaRecord,
  RecordContextProvider,
  SaveButton,
  useDataProvider,
  useGetList,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin";
import { LocalNumberField } from "../../common/fields";
import { CooperativeInput, CooperativeReferenceField } from "../../common/references";
import { useReportError } from "../../common/useReportError";

/**
 * The cooperatives taking part in an exhibition, with what each sold; add one
 * (the API refuses a cooperative twice: 409 on the picker), or remove one.
 * Participants live under the exhibition: `exhibitions/<id>/participants`.
 */
export function ParticipantsPanel() {
  const exhibition = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const reportError = useReportError();
  const resource = `exhibitions/${exhibition?.id}/participants`;
  const { data: participants = [] } = useGetList(
    resource,
    { pagination: { page: 1, perPage: 100 } },
    { enabled: !!exhibition },
  );
  if (!exhibition) return null;

  const add = async (values: Record<string, unknown>) => {
    try {
      await dataProvider.create(resource, { data: { cooperativeId: values.cooperativeId, salesMad: values.salesMad } });
      notify("entraide.participants.added", { type: "success" });
      refresh();
    } catch (error) {
      return reportError(error);
    }
  };
  // Keyed by the cooperative: DELETE exhibitions/<id>/participants/<cooperativeId>, with the participation's version.
  const remove = async (participant: RaRecord) => {
    try {
      await dataProvider.delete(resource, { id: participant.cooperativeId, previousData: participant });
      notify("entraide.participants.removed", { type: "success" });
      refresh();
    } catch (error) {
      notify((error as HttpError).message, { type: "error" });
    }
  };

  return (
    <Box sx={{ p: 2 }} data-testid="participants-panel">
      <Typography variant="h6">{translate("entraide.participants.title")}</Typography>
      {participants.length === 0 ? (
        <Typography variant="body2" sx={{ my: 2 }}>
          {translate("entraide.participants.none")}
        </Typography>
      ) : (
        <Table size="small" sx={{ my: 1 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate("entraide.participants.cooperative")}</TableCell>
              <TableCell>{translate("entraide.participants.sales")}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {participants.map((participant) => (
              <RecordContextProvider key={participant.id} value={participant}>
                <TableRow data-participant={participant.cooperativeId}>
                  <TableCell>
                    <CooperativeReferenceField source="cooperativeId" />
                  </TableCell>
                  <TableCell>
                    <LocalNumberField source="salesMad" emptyText="—" />
                  </TableCell>
                  <TableCell>
                    <CanAccess action="edit" resource="exhibitions">
                      <MuiButton size="small" color="error" onClick={() => remove(participant)}>
                        {translate("entraide.participants.remove")}
                      </MuiButton>
                    </CanAccess>
                  </TableCell>
                </TableRow>
              </RecordContextProvider>
            ))}
          </TableBody>
        </Table>
      )}
      <CanAccess action="edit" resource="exhibitions">
        <Form onSubmit={add}>
          <Box sx={{ display: "flex", gap: 2, alignItems: "flex-start", flexWrap: "wrap" }}>
            <Box sx={{ minWidth: 320 }}>
              <CooperativeInput isRequired />
            </Box>
            <NumberInput source="salesMad" min={0} label="entraide.participants.sales" fullWidth={false} />
            <SaveButton label="entraide.participants.add" sx={{ mt: 1 }} alwaysEnable />
          </Box>
        </Form>
      </CanAccess>
    </Box>
  );
}
