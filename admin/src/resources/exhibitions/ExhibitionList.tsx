import { SelectInput } from "react-admin";
import { choicesOf } from "../../common/enums";
import { RegistryList } from "../../common/RegistryList";
import { territoryFilters } from "../../common/TerritoryInputs";
import { listColumns } from "../listColumns";

const filters = [
  ...territoryFilters,
  <SelectInput key="scope" source="scope" choices={choicesOf("exhibitionScope")} alwaysOn />,
];

export function ExhibitionList() {
  return <RegistryList filters={filters} columns={listColumns.exhibitions} />;
}
