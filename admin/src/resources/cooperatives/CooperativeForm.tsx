import { Stack } from "@mui/material";
import { BooleanInput, NumberInput, required, SelectInput, SimpleForm, TextInput } from "react-admin";
import { DayInput } from "../../common/DayInput";
import { choicesOf } from "../../common/enums";
import { RegistryCreate, RegistryEdit } from "../../common/pages";
import { CenterInput } from "../../common/references";
import { ProvinceInput, RegionInput } from "../../common/TerritoryInputs";

function CooperativeForm() {
  return (
    <SimpleForm>
      <TextInput source="name" validate={required()} fullWidth />
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <SelectInput source="kind" choices={choicesOf("cooperativeKind")} validate={required()} />
        <SelectInput source="sector" choices={choicesOf("sector")} validate={required()} />
        <NumberInput source="members" min={1} step={1} validate={required()} />
      </Stack>
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <RegionInput isRequired />
        <ProvinceInput isRequired />
        <DayInput source="foundedOn" validate={required()} />
      </Stack>
      <BooleanInput source="foundedByGraduates" />
      <CenterInput source="originCenterId" />
    </SimpleForm>
  );
}

export const CooperativeCreate = () => (
  <RegistryCreate defaults={{ kind: "cooperative", foundedByGraduates: false }}>
    <CooperativeForm />
  </RegistryCreate>
);

export const CooperativeEdit = () => (
  <RegistryEdit>
    <CooperativeForm />
  </RegistryEdit>
);
