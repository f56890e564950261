import { Chip, Stack, Typography } from "@mui/material";
import {
  DataTable,
  DateField,
  NumberField,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type DataTableColumnProps,
  type DateFieldProps,
  type NumberFieldProps,
} from "react-admin";
import type { EnumName } from "./enums";
import { intlLocaleOf } from "../i18n/i18nProvider";

/** A list column. Sorting is off: DynamoDB lists in id order and no index serves another. */
export function Column(props: DataTableColumnProps) {
  return <DataTable.Col disableSort {...props} />;
}

/** A date as read in Morocco, in the current language (ar-MA or fr-MA). */
export function LocalDateField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return <DateField locales={intlLocaleOf(locale)} {...props} />;
}

/** A number grouped the way the current language writes it. */
export function LocalNumberField(props: NumberFieldProps) {
  const [locale] = useLocaleState();
  return <NumberField locales={intlLocaleOf(locale)} {...props} />;
}

/** A list of fixed values (e.g. a beneficiary's categories) as translated chips. */
export function EnumChipsField({ source, list }: { source: string; list: EnumName; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const values = (record?.[source] as string[] | undefined) ?? [];
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {values.map((value) => (
        <Chip key={value} size="small" label={translate(`entraide.enums.${list}.${value}`)} />
      ))}
    </Stack>
  );
}

/** One fixed value (a center's type, a status…) shown translated. */
export function EnumField({ source, list }: { source: string; list: EnumName; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source] as string | undefined;
  return (
    <Typography variant="body2" component="span">
      {value ? translate(`entraide.enums.${list}.${value}`) : ""}
    </Typography>
  );
}
