import { Stack } from "@mui/material";
import { NumberInput, required, SelectInput, SimpleForm, TextInput } from "react-admin";
import { DayInput } from "../../common/DayInput";
import { choicesOf } from "../../common/enums";
import { RegistryCreate, RegistryEdit } from "../../common/pages";
import { ProvinceInput, RegionInput } from "../../common/TerritoryInputs";

/** The center's fields; rules that span fields (dates, province in region) are the API's to check. */
function CenterForm() {
  return (
    <SimpleForm>
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput source="type" choices={choicesOf("centerType")} validate={required()} />
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <RegionInput isRequired />
        <ProvinceInput isRequired />
        <SelectInput source="areaType" choices={choicesOf("areaType")} validate={required()} />
      </Stack>
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <NumberInput source="capacity" min={0} step={1} validate={required()} />
        <SelectInput source="status" choices={choicesOf("centerStatus")} validate={required()} />
      </Stack>
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <DayInput source="openedOn" validate={required()} />
        <DayInput source="closedOn" />
      </Stack>
      <TextInput source="managedBy" fullWidth />
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <NumberInput source="location.lat" step={0.0001} />
        <NumberInput source="location.lng" step={0.0001} />
      </Stack>
    </SimpleForm>
  );
}

export const CenterCreate = () => (
  <RegistryCreate defaults={{ status: "active", areaType: "urban" }}>
    <CenterForm />
  </RegistryCreate>
);

export const CenterEdit = () => (
  <RegistryEdit>
    <CenterForm />
  </RegistryEdit>
);
