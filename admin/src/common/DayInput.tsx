import { AdapterDateFns } from "@mui/x-date-pickers/AdapterDateFns";
import { DatePicker } from "@mui/x-date-pickers/DatePicker";
import { LocalizationProvider } from "@mui/x-date-pickers/LocalizationProvider";
import { frFR } from "@mui/x-date-pickers/locales";
import { format, isValid, parseISO } from "date-fns";
import { arMA } from "date-fns/locale/ar-MA";
import { fr } from "date-fns/locale/fr";
import type { ReactNode } from "react";
import {
  FieldTitle,
  InputHelperText,
  type InputProps,
  useInput,
  useLocaleState,
  useResourceContext,
} from "react-admin";

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

interface DayPickerProps {
  /** yyyy-mm-dd, "" or null when empty. */
  value: string | null;
  onChange: (day: string | null) => void;
  label: ReactNode;
  name?: string;
  id?: string;
  onBlur?: () => void;
  error?: boolean;
  helperText?: ReactNode;
  fullWidth?: boolean;
}

/** A day typed as dd/mm/yyyy or picked from a calendar in the page's language (ar-MA or fr), given back as yyyy-mm-dd. */
export function DayPicker({ value, onChange, label, name, id, onBlur, error, helperText, fullWidth }: DayPickerProps) {
  const [locale] = useLocaleState();
  const picker = pickers[locale === "fr" ? "fr" : "ar"];
  const day = typeof value === "string" && value && value !== UNREADABLE ? parseISO(value) : null;
  return (
    <LocalizationProvider
      dateAdapter={AdapterDateFns}
      adapterLocale={picker.adapterLocale}
      localeText={picker.localeText}
    >
      <DatePicker
        value={day && isValid(day) ? day : null}
        format={DAY_FORMAT}
        enableAccessibleFieldDOMStructure={false}
        onChange={(picked) =>
          onChange(picked === null ? null : isValid(picked) ? format(picked, API_FORMAT) : UNREADABLE)
        }
        label={label}
        slotProps={{
          textField: {
            id,
            name,
            onBlur,
            error,
            fullWidth,
            helperText,
            size: "small",
            margin: "dense",
            variant: "filled",
            inputProps: { dir: "ltr", "aria-invalid": Boolean(error) },
          },
        }}
      />
    </LocalizationProvider>
  );
}

/**
 * The form input of a day (react-admin's `source`, validation and the API's
 * message for the field when a save is refused), stored as the API's yyyy-mm-dd.
 */
export function DayInput({
  source,
  label,
  validate,
  helperText,
  fullWidth,
}: InputProps & { label?: string; fullWidth?: boolean }) {
  const resource = useResourceContext();
  const rules = [readable, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  const { field, fieldState, isRequired, id } = useInput({ source, validate: rules });
  return (
    <DayPicker
      value={field.value}
      onChange={field.onChange}
      label={<FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />}
      name={field.name}
      id={id}
      onBlur={field.onBlur}
      error={Boolean(fieldState.error)}
      fullWidth={fullWidth}
      helperText={<InputHelperText error={fieldState.error?.message} helperText={helperText} />}
    />
  );
}
