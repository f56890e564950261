import { Chip, Stack, Typography } from "@mui/material";
import {
  DataTable,
  type DataTableColumnProps,
  type FieldProps,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { formatDay, formatMoment } from "./dates";
import type { EnumName } from "./enums";
import { type NumberWriter, numberWriter } from "./numbers";

/** A list column. Sorting is off: DynamoDB lists in id order and no index serves another. */
export function Column(props: DataTableColumnProps) {
  return <DataTable.Col disableSort {...props} />;
}

/** A date as read in Morocco in both languages, dd/mm/yyyy, left to right inside Arabic text too. */
export function LocalDateField({
  source,
  showTime,
  emptyText = "",
}: {
  source: string;
  showTime?: boolean;
  emptyText?: string;
  label?: string;
}) {
  const record = useRecordContext();
  const value = record?.[source] as string | undefined;
  if (!value)
    return (
      <Typography variant="body2" component="span">
        {emptyText}
      </Typography>
    );
  return (
    <Typography variant="body2" component="bdi" dir="ltr" data-date={value}>
      {showTime ? formatMoment(value) : formatDay(value)}
    </Typography>
  );
}

const numberWriters = new Map<string, NumberWriter>();
/** One writer per language: a list builds one per cell otherwise (react-admin's NumberField), a costly object. */
function numberWriterOf(locale: string): NumberWriter {
  let writer = numberWriters.get(locale);
  if (!writer) {
    writer = numberWriter(locale);
    numberWriters.set(locale, writer);
  }
  return writer;
}

/** A number grouped the way the current language writes it. */
export function LocalNumberField({ source, emptyText = "" }: FieldProps) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const value: unknown = source ? record?.[source] : undefined;
  return (
    <Typography variant="body2" component="span">
      {typeof value === "number" ? numberWriterOf(locale)(value) : value == null ? emptyText : String(value)}
    </Typography>
  );
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
