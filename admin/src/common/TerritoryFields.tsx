import { Typography } from "@mui/material";
import { type FieldProps, useRecordContext } from "react-admin";
import { useTerritories } from "./territories";

/** A region code shown by its name in the current language. */
export function RegionField({ source = "regionCode" }: FieldProps & { source?: string }) {
  const record = useRecordContext();
  const { regionName } = useTerritories();
  const code = record?.[source] as string | undefined;
  return (
    <Typography variant="body2" component="span">
      {code ? regionName(code) : ""}
    </Typography>
  );
}
RegionField.displayName = "RegionField";

/** A prefecture or province code shown by its name in the current language. */
export function ProvinceField({ source = "provinceCode" }: FieldProps & { source?: string }) {
  const record = useRecordContext();
  const { provinceName } = useTerritories();
  const code = record?.[source] as string | undefined;
  return (
    <Typography variant="body2" component="span">
      {code ? provinceName(code) : ""}
    </Typography>
  );
}
ProvinceField.displayName = "ProvinceField";
