import { Box, Tooltip, Typography } from "@mui/material";
import { useRecordContext, useTranslate } from "react-admin";
import { LocalDateField } from "./fields";

/**
 * A person's data as the API gives it to this reader: in full, or
 * pseudonymised (initials "K.", birth year "2010") and masked ("BK****56")
 * for readers without the right to see it. Each value is isolated from the
 * page's direction, so "K." is never shown as ".K" in Arabic, and a masked
 * value is shown as the text it is, never read as a date.
 */
const MASKED = /\*/;
const YEAR_ONLY = /^\d{4}$/;
const INITIAL = /^\S\.$/;

function Isolated({ value, ltr, masked }: { value: string; ltr?: boolean; masked?: boolean }) {
  const translate = useTranslate();
  const text = (
    <Typography variant="body2" component="bdi" dir={ltr ? "ltr" : "auto"} data-masked={masked ? "true" : undefined}>
      {value}
    </Typography>
  );
  return masked ? <Tooltip title={translate("session.masked")}>{text}</Tooltip> : text;
}

/** A name, or its initial when pseudonymised. */
export function PersonTextField({ source }: { source: string; label?: string }) {
  const record = useRecordContext();
  const value = record?.[source] as string | undefined;
  if (!value) return <Box component="span">—</Box>;
  return <Isolated value={value} masked={INITIAL.test(value)} />;
}

/** A national ID or phone number: always left to right, masked or not. */
export function IdentifierField({ source }: { source: string; label?: string }) {
  const record = useRecordContext();
  const value = record?.[source] as string | undefined;
  if (!value) return <Box component="span">—</Box>;
  return <Isolated value={value} ltr masked={MASKED.test(value)} />;
}

/** A birth date, or only its year when pseudonymised (shown as the year, not as 1 January). */
export function BirthDateField({ source }: { source: string; label?: string }) {
  const record = useRecordContext();
  const value = record?.[source] as string | undefined;
  if (value && YEAR_ONLY.test(value)) return <Isolated value={value} ltr masked />;
  return <LocalDateField source={source} />;
}
