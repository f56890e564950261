import { Stack } from "@mui/material";
import { NumberInput, required, SimpleForm, TextInput } from "react-admin";
import { RegistryCreate, RegistryEdit } from "../../common/pages";
import { CenterInput } from "../../common/references";

const lastYear = new Date().getFullYear() + 1;

/** The program supports social-protection institutions only, once a year each (the API refuses a second one). */
function SupportForm({ editing }: { editing?: boolean }) {
  return (
    <SimpleForm>
      <CenterInput isRequired disabled={editing} filter={{ type: "social_protection" }} />
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <NumberInput source="year" min={1957} max={lastYear} step={1} validate={required()} />
        <NumberInput source="amountMad" min={0} validate={required()} />
      </Stack>
      <TextInput source="note" fullWidth multiline />
    </SimpleForm>
  );
}

export const SupportCreate = () => (
  <RegistryCreate defaults={{ year: new Date().getFullYear() }}>
    <SupportForm />
  </RegistryCreate>
);

export const SupportEdit = () => (
  <RegistryEdit>
    <SupportForm editing />
  </RegistryEdit>
);
