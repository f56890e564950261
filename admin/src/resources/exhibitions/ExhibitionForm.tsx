import { Stack } from "@mui/material";
import { required, SelectInput, SimpleForm, TextInput } from "react-admin";
import { DayInput } from "../../common/DayInput";
import { choicesOf } from "../../common/enums";
import { RegistryCreate, RegistryEdit } from "../../common/pages";
import { ProvinceInput, RegionInput } from "../../common/TerritoryInputs";

/** The exhibition's fields; the API checks the dates' order and that the province lies in the region. */
function ExhibitionForm() {
  return (
    <SimpleForm>
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput source="scope" choices={choicesOf("exhibitionScope")} validate={required()} />
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <RegionInput isRequired />
        <ProvinceInput isRequired />
      </Stack>
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <DayInput source="startDate" validate={required()} />
        <DayInput source="endDate" validate={required()} />
      </Stack>
    </SimpleForm>
  );
}

export const ExhibitionCreate = () => (
  <RegistryCreate defaults={{ scope: "regional" }}>
    <ExhibitionForm />
  </RegistryCreate>
);

export const ExhibitionEdit = () => (
  <RegistryEdit>
    <ExhibitionForm />
  </RegistryEdit>
);
