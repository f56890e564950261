import { NullableBooleanInput, SelectInput } from "react-admin";
import { choicesOf } from "../../common/enums";
import { RegistryList } from "../../common/RegistryList";
import { territoryFilters } from "../../common/TerritoryInputs";
import { listColumns } from "../listColumns";

const filters = [
  ...territoryFilters,
  <SelectInput key="sector" source="sector" choices={choicesOf("sector")} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={choicesOf("cooperativeKind")} />,
  <NullableBooleanInput key="foundedByGraduates" source="foundedByGraduates" />,
];

export function CooperativeList() {
  return <RegistryList filters={filters} columns={listColumns.cooperatives} />;
}
