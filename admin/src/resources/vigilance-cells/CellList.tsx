import { SelectInput } from "react-admin";
import { choicesOf } from "../../common/enums";
import { Column, LocalDateField, LocalNumberField } from "../../common/fields";
import { RegistryList } from "../../common/RegistryList";
import { ProvinceField, RegionField } from "../../common/TerritoryFields";
import { territoryFilters } from "../../common/TerritoryInputs";

const filters = [
  ...territoryFilters,
  <SelectInput key="active" source="active" choices={choicesOf("cellActivity")} alwaysOn />,
];

export function CellList() {
  return (
    <RegistryList filters={filters}>
      <Column source="provinceCode" field={ProvinceField} />
      <Column source="regionCode" field={RegionField} />
      <Column source="establishedOn" field={LocalDateField} />
      <Column source="dissolvedOn" field={LocalDateField} />
      <Column source="members" field={LocalNumberField} />
    </RegistryList>
  );
}
