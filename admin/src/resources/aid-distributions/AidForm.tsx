import { Stack } from "@mui/material";
import { NumberInput, required, SelectInput, SimpleForm, TextInput } from "react-admin";
import { DayInput } from "../../common/DayInput";
import { choicesOf } from "../../common/enums";
import { RegistryCreate, RegistryEdit } from "../../common/pages";
import { BeneficiaryInput } from "../../common/references";

/** Who received the aid can't change (the API refuses it): an edit corrects what was given. */
function AidForm({ editing }: { editing?: boolean }) {
  return (
    <SimpleForm>
      <BeneficiaryInput isRequired disabled={editing} />
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <SelectInput source="kind" choices={choicesOf("aidKind")} validate={required()} />
        <DayInput source="date" validate={required()} />
      </Stack>
      <TextInput source="description" validate={required()} fullWidth multiline />
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <NumberInput source="quantity" min={0} validate={required()} />
        <NumberInput source="valueMad" min={0} validate={required()} />
      </Stack>
    </SimpleForm>
  );
}

export const AidCreate = () => (
  <RegistryCreate defaults={{ kind: "food", quantity: 1 }}>
    <AidForm />
  </RegistryCreate>
);

export const AidEdit = () => (
  <RegistryEdit>
    <AidForm editing />
  </RegistryEdit>
);
