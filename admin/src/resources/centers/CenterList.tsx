import { SelectInput } from "react-admin";
import { choicesOf } from "../../common/enums";
import { RegistryList } from "../../common/RegistryList";
import { territoryFilters } from "../../common/TerritoryInputs";
import { listColumns } from "../listColumns";

const filters = [
  ...territoryFilters,
  <SelectInput key="type" source="type" choices={choicesOf("centerType")} alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesOf("centerStatus")} />,
  <SelectInput key="areaType" source="areaType" choices={choicesOf("areaType")} />,
];

export function CenterList() {
  return <RegistryList filters={filters} columns={listColumns.centers} />;
}
