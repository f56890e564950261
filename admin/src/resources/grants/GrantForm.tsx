import { Stack } from "@mui/material";
import { NumberInput, required, SelectInput, SimpleForm, TextInput } from "react-admin";
import { DayInput } from "../../common/DayInput";
import { choicesOf } from "../../common/enums";
import { RegistryCreate, RegistryEdit } from "../../common/pages";
import { BeneficiaryInput } from "../../common/references";

/** FACS grants go to people with disabilities: the picker offers only them, and the API checks it again. */
function GrantForm({ editing }: { editing?: boolean }) {
  return (
    <SimpleForm>
      <BeneficiaryInput isRequired disabled={editing} filter={{ category: "disability" }} />
      <TextInput source="activity" validate={required()} fullWidth />
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <NumberInput source="amountMad" min={1} validate={required()} />
        <DayInput source="awardedOn" validate={required()} />
        <SelectInput source="status" choices={choicesOf("grantStatus")} validate={required()} />
      </Stack>
    </SimpleForm>
  );
}

export const GrantCreate = () => (
  <RegistryCreate defaults={{ status: "awarded" }}>
    <GrantForm />
  </RegistryCreate>
);

export const GrantEdit = () => (
  <RegistryEdit>
    <GrantForm editing />
  </RegistryEdit>
);
