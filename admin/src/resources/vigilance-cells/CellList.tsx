import { SelectInput } from "react-admin";
import { choicesOf } from "../../common/enums";
import { RegistryList } from "../../common/RegistryList";
import { territoryFilters } from "../../common/TerritoryInputs";
import { listColumns } from "../listColumns";

const filters = [
  ...territoryFilters,
  <SelectInput key="active" source="active" choices={choicesOf("cellActivity")} alwaysOn />,
];

export function CellList() {
  return <RegistryList filters={filters} columns={listColumns["vigilance-cells"]} />;
}
