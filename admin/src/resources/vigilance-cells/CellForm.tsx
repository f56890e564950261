import { Stack } from "@mui/material";
import { NumberInput, required, SimpleForm } from "react-admin";
import { DayInput } from "../../common/DayInput";
import { RegistryCreate, RegistryEdit } from "../../common/pages";
import { ProvinceInput, RegionInput } from "../../common/TerritoryInputs";
import { CellTitle } from "./CellTitle";

/** One active cell per province: setting the dissolution date frees the province (the API refuses a second active one). */
function CellForm() {
  return (
    <SimpleForm>
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <RegionInput isRequired />
        <ProvinceInput isRequired />
      </Stack>
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <DayInput source="establishedOn" validate={required()} />
        <DayInput source="dissolvedOn" />
        <NumberInput source="members" min={1} step={1} validate={required()} />
      </Stack>
    </SimpleForm>
  );
}

export const CellCreate = () => (
  <RegistryCreate>
    <CellForm />
  </RegistryCreate>
);

export const CellEdit = () => (
  <RegistryEdit title={<CellTitle />}>
    <CellForm />
  </RegistryEdit>
);
