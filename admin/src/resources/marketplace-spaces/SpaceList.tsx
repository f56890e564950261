import { SelectInput } from "react-admin";
import { choicesOf } from "../../common/enums";
import { Column, EnumField, LocalDateField, LocalNumberField } from "../../common/fields";
import { RegistryList } from "../../common/RegistryList";
import { ProvinceField } from "../../common/TerritoryFields";
import { territoryFilters } from "../../common/TerritoryInputs";

const filters = [
  ...territoryFilters,
  <SelectInput key="status" source="status" choices={choicesOf("spaceStatus")} alwaysOn />,
];

export function SpaceList() {
  return (
    <RegistryList filters={filters}>
      <Column source="name" />
      <Column source="provinceCode" field={ProvinceField} />
      <Column source="stalls" field={LocalNumberField} />
      <Column source="hostsActive" field={LocalNumberField} />
      <Column source="status">
        <EnumField source="status" list="spaceStatus" />
      </Column>
      <Column source="openedOn" field={LocalDateField} />
    </RegistryList>
  );
}
