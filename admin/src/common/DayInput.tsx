import { AdapterDateFns } from "@mui/x-date-pickers/AdapterDateFns";
import { DatePicker } from "@mui/x-date-pickers/DatePicker";
import { LocalizationProvider } from "@mui/x-date-pickers/LocalizationProvider";
import { frFR } from "@mui/x-date-pickers/locales";
import { format, isValid, parseISO } from "date-fns";
import { arMA } from "date-fns/locale/ar-MA";
import { fr } from "date-fns/locale/fr";
import { FieldTitle, InputHelperText, useInput, useLocaleState, useResourceContext, type InputProps } from "react-admin";

/** Morocco writes days dd/mm/yyyy in Arabic and in French; the API reads and answers yyyy-mm-dd. */
export const DAY_FORMAT = "dd/MM/yyyy";
const API_FORMAT = "yyyy-MM-dd";
/** What an unfinished or impossible day is kept as, so the form says so instead of sending nothing. */
const UNREADABLE = "unreadable-date";

/** The picker has no Arabic texts of its own: the few it shows. */
const arabicTexts = {
  cancelButtonLabel: "إلغاء",
  okButtonLabel: "موافق",
  clearButtonLabel: "مسح",
  todayButtonLabel: "اليوم",
  datePickerToolbarTitle: "اختيار التاريخ",
  previousMonth: "الشهر السابق",
  nextMonth: "الشهر التالي",
  openDatePickerDialogue: () => "اختيار التاريخ",
  fieldDayPlaceholder: () => "يي",
  fieldMonthPlaceholder: () => "شش",
  fieldYearPlaceholder: () => "سسسس",
};

const pickers = {
  ar: { adapterLocale: arMA, localeText: arabicTexts },
  fr: { adapterLocale: fr, localeText: frFR.components.MuiLocalizationProvider.defaultProps.localeText },
};

const readable = (value: unknown) => (value === UNREADABLE ? "session.dates.invalid" : undefined);

/**
 * A day typed as dd/mm/yyyy or picked from a calendar in the page's language
 * (ar-MA or fr), stored as the API's yyyy-mm-dd. Its input keeps the field's
 * name (`source`) like react-admin's own inputs, and shows the API's message
 * for the field when a save is refused.
 */
export function DayInput({ source, label, validate, helperText, fullWidth }: InputProps & { label?: string; fullWidth?: boolean }) {
  const resource = useResourceContext();
  const [locale] = useLocaleState();
  const rules = [readable, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  const { field, fieldState, isRequired, id } = useInput({ source, validate: rules });
  const value = typeof field.value === "string" && field.value !== UNREADABLE && field.value ? parseISO(field.value) : null;
  const invalid = Boolean(fieldState.error);
  const picker = pickers[locale === "fr" ? "fr" : "ar"];
  return (
    <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={picker.adapterLocale} localeText={picker.localeText}>
      <DatePicker
        value={value && isValid(value) ? value : null}
        format={DAY_FORMAT}
        enableAccessibleFieldDOMStructure={false}
        onChange={(day) => field.onChange(day === null ? null : isValid(day) ? format(day, API_FORMAT) : UNREADABLE)}
        label={<FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />}
        slotProps={{
          textField: {
            id,
            name: field.name,
            onBlur: field.onBlur,
            error: invalid,
            fullWidth,
            size: "small",
            margin: "dense",
            variant: "filled",
            helperText: <InputHelperText error={fieldState.error?.message} helperText={helperText} />,
            inputProps: { dir: "ltr", "aria-invalid": invalid },
          },
        }}
      />
    </LocalizationProvider>
  );
}
