import {
  Box,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Button as MuiButton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import {
  CanAccess,
  Form,
  type HttpError,
  RecordContextProvider,
  required,
  SaveButton,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from "react-admin";
import type { Hosting } from "../../api/types";
import { DayInput, DayPicker } from "../../common/DayInput";
import { LocalDateField } from "../../common/fields";
import { must } from "../../common/must";
import { CooperativeInput, CooperativeReferenceField } from "../../common/references";
import { useReportError } from "../../common/useReportError";
import type { EntraideDataProvider } from "../../dataProvider";

const today = () => new Date().toISOString().slice(0, 10);

/** The cooperatives a solidarity marketplace space hosts now and hosted before; host one more, or end a hosting. */
export function HostsPanel() {
  const space = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<EntraideDataProvider>();
  const refresh = useRefresh();
  const notify = useNotify();
  const reportError = useReportError();
  const { data } = useQuery({
    queryKey: ["marketplace-spaces", "hosts", space?.id],
    queryFn: () => dataProvider.getHosts(String(must(space, "the space of the hosts").id)),
    enabled: !!space,
  });
  if (!space) return null;
  const hostings = data?.items ?? [];

  const host = async (values: Record<string, unknown>) => {
    try {
      await dataProvider.hostCooperative(String(space.id), {
        cooperativeId: String(values.cooperativeId),
        from: String(values.from),
      });
      notify("entraide.hosts.added", { type: "success" });
      refresh();
    } catch (error) {
      return reportError(error);
    }
  };

  return (
    <Box sx={{ p: 2 }} data-testid="hosts-panel">
      <Typography variant="h6">{translate("entraide.hosts.title")}</Typography>
      <Typography variant="body2" color="text.secondary" data-testid="occupancy">
        {translate("entraide.hosts.occupancy", { taken: space.hostsActive ?? 0, stalls: space.stalls })}
      </Typography>
      {hostings.length === 0 ? (
        <Typography variant="body2" sx={{ my: 2 }}>
          {translate("entraide.hosts.none")}
        </Typography>
      ) : (
        <Table size="small" sx={{ my: 1 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate("entraide.hosts.cooperative")}</TableCell>
              <TableCell>{translate("entraide.hosts.from")}</TableCell>
              <TableCell>{translate("entraide.hosts.to")}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {hostings.map((hosting) => (
              <RecordContextProvider key={hosting.id} value={hosting}>
                <TableRow data-hosting={hosting.cooperativeId}>
                  <TableCell>
                    <CooperativeReferenceField source="cooperativeId" />
                  </TableCell>
                  <TableCell>
                    <LocalDateField source="from" />
                  </TableCell>
                  <TableCell>
                    {hosting.to ? <LocalDateField source="to" /> : translate("entraide.hosts.current")}
                  </TableCell>
                  <TableCell>
                    {!hosting.to && (
                      <CanAccess action="edit" resource="marketplace-spaces">
                        <EndHostingButton spaceId={String(space.id)} hosting={hosting} />
                      </CanAccess>
                    )}
                  </TableCell>
                </TableRow>
              </RecordContextProvider>
            ))}
          </TableBody>
        </Table>
      )}
      <CanAccess action="edit" resource="marketplace-spaces">
        <Form onSubmit={host} record={{ from: today() }}>
          <Box sx={{ display: "flex", gap: 2, alignItems: "flex-start", flexWrap: "wrap" }}>
            <Box sx={{ minWidth: 320 }}>
              <CooperativeInput isRequired label="entraide.hosts.cooperative" />
            </Box>
            <DayInput source="from" validate={required()} label="entraide.hosts.from" />
            <SaveButton label="entraide.hosts.add" sx={{ mt: 1 }} alwaysEnable />
          </Box>
        </Form>
      </CanAccess>
    </Box>
  );
}

/** Ending a hosting frees its stall; the hosting's version goes as If-Match. */
function EndHostingButton({ spaceId, hosting }: { spaceId: string; hosting: Hosting }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<EntraideDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState(today());
  const end = async () => {
    try {
      await dataProvider.endHosting(spaceId, hosting, to);
      notify("entraide.hosts.ended", { type: "success" });
      setOpen(false);
      refresh();
    } catch (error) {
      const httpError = error as HttpError;
      notify(httpError.body?.errors?.to ?? httpError.message, { type: "error" });
    }
  };
  return (
    <>
      <MuiButton size="small" onClick={() => setOpen(true)}>
        {translate("entraide.hosts.end")}
      </MuiButton>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{translate("entraide.hosts.end")}</DialogTitle>
        <DialogContent>
          <DayPicker
            label={translate("entraide.hosts.end_on")}
            name="to"
            value={to}
            onChange={(day) => setTo(day ?? "")}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate("ra.action.cancel")}</MuiButton>
          <MuiButton onClick={end} variant="contained">
            {translate("ra.action.confirm")}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
