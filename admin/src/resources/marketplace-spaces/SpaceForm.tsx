import { Stack } from "@mui/material";
import { NumberInput, required, SelectInput, SimpleForm, TextInput } from "react-admin";
import { DayInput } from "../../common/DayInput";
import { choicesOf } from "../../common/enums";
import { RegistryCreate, RegistryEdit } from "../../common/pages";
import { ProvinceInput, RegionInput } from "../../common/TerritoryInputs";

function SpaceForm() {
  return (
    <SimpleForm>
      <TextInput source="name" validate={required()} fullWidth />
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <RegionInput isRequired />
        <ProvinceInput isRequired />
      </Stack>
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <DayInput source="openedOn" validate={required()} />
        <NumberInput source="stalls" min={1} step={1} validate={required()} />
        <SelectInput source="status" choices={choicesOf("spaceStatus")} validate={required()} />
      </Stack>
    </SimpleForm>
  );
}

export const SpaceCreate = () => (
  <RegistryCreate defaults={{ status: "active" }}>
    <SpaceForm />
  </RegistryCreate>
);

export const SpaceEdit = () => (
  <RegistryEdit>
    <SpaceForm />
  </RegistryEdit>
);
