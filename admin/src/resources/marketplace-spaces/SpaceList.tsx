import { SelectInput } from "react-admin";
import { choicesOf } from "../../common/enums";
import { RegistryList } from "../../common/RegistryList";
import { territoryFilters } from "../../common/TerritoryInputs";
import { listColumns } from "../listColumns";

const filters = [
  ...territoryFilters,
  <SelectInput key="status" source="status" choices={choicesOf("spaceStatus")} alwaysOn />,
];

export function SpaceList() {
  return <RegistryList filters={filters} columns={listColumns["marketplace-spaces"]} />;
}
