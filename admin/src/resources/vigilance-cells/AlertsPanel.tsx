import { Box, MenuItem, Select, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import {
  CanAccess,
  Form,
  type HttpError,
  type RaRecord,
  RecordContextProvider,
  required,
  SaveButton,
  SelectInput,
  TextField,
  TextInput,
  useDataProvider,
  useGetList,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin";
import { DayInput } from "../../common/DayInput";
import { choicesOf, enums } from "../../common/enums";
import { EnumField, LocalDateField } from "../../common/fields";
import { CenterInput, CenterReferenceField } from "../../common/references";
import { useReportError } from "../../common/useReportError";

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The situations a vigilance cell reported, newest last; report one more, or
 * move one along (open → referred → closed). A referral names the center
 * (the API requires it). Alerts live under the cell: `vigilance-cells/<id>/alerts`.
 */
export function AlertsPanel() {
  const cell = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const reportError = useReportError();
  const resource = `vigilance-cells/${cell?.id}/alerts`;
  const { data: alerts = [] } = useGetList(resource, { pagination: { page: 1, perPage: 100 } }, { enabled: !!cell });
  if (!cell) return null;

  const report = async (values: Record<string, unknown>) => {
    try {
      await dataProvider.create(resource, { data: values });
      notify("entraide.alerts.added", { type: "success" });
      refresh();
    } catch (error) {
      return reportError(error);
    }
  };
  // A merge patch of the status alone, with the alert's version as If-Match.
  const changeStatus = async (alert: RaRecord, status: string) => {
    try {
      await dataProvider.update(resource, { id: alert.id, data: { ...alert, status }, previousData: alert });
      refresh();
    } catch (error) {
      const httpError = error as HttpError;
      notify(httpError.body?.errors?.referredCenterId ?? httpError.message, { type: "error" });
    }
  };

  return (
    <Box sx={{ p: 2 }} data-testid="alerts-panel">
      <Typography variant="h6">{translate("entraide.alerts.title")}</Typography>
      {alerts.length === 0 ? (
        <Typography variant="body2" sx={{ my: 2 }}>
          {translate("entraide.alerts.none")}
        </Typography>
      ) : (
        <Table size="small" sx={{ my: 1 }}>
          <TableHead>
            <TableRow>
              {["date", "kind", "description", "referredCenterId", "status"].map((field) => (
                <TableCell key={field}>{translate(`entraide.alerts.${field}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {alerts.map((alert) => (
              <RecordContextProvider key={alert.id} value={alert}>
                <TableRow data-alert={alert.id}>
                  <TableCell>
                    <LocalDateField source="date" />
                  </TableCell>
                  <TableCell>
                    <EnumField source="kind" list="alertKind" />
                  </TableCell>
                  <TableCell>
                    <TextField source="description" />
                  </TableCell>
                  <TableCell>
                    {alert.referredCenterId ? <CenterReferenceField source="referredCenterId" /> : "—"}
                  </TableCell>
                  <TableCell>
                    <CanAccess
                      action="edit"
                      resource="vigilance-cells"
                      accessDenied={<EnumField source="status" list="alertStatus" />}
                    >
                      <Select
                        size="small"
                        value={alert.status}
                        onChange={(e) => changeStatus(alert, String(e.target.value))}
                      >
                        {enums.alertStatus.map((status) => (
                          <MenuItem key={status} value={status}>
                            {translate(`entraide.enums.alertStatus.${status}`)}
                          </MenuItem>
                        ))}
                      </Select>
                    </CanAccess>
                  </TableCell>
                </TableRow>
              </RecordContextProvider>
            ))}
          </TableBody>
        </Table>
      )}
      <CanAccess action="edit" resource="vigilance-cells">
        <Form onSubmit={report} record={{ date: today(), status: "open" }}>
          <Box sx={{ display: "flex", gap: 2, alignItems: "flex-start", flexWrap: "wrap" }}>
            <DayInput source="date" validate={required()} label="entraide.alerts.date" fullWidth={false} />
            <SelectInput
              source="kind"
              choices={choicesOf("alertKind")}
              validate={required()}
              label="entraide.alerts.kind"
              fullWidth={false}
            />
            <SelectInput
              source="status"
              choices={choicesOf("alertStatus")}
              validate={required()}
              label="entraide.alerts.status"
              fullWidth={false}
            />
            <Box sx={{ minWidth: 280 }}>
              <CenterInput source="referredCenterId" />
            </Box>
          </Box>
          <TextInput
            source="description"
            validate={required()}
            label="entraide.alerts.description"
            fullWidth
            multiline
          />
          <SaveButton label="entraide.alerts.add" alwaysEnable />
        </Form>
      </CanAccess>
    </Box>
  );
}
