import { SelectInput } from "react-admin";
import { choicesOf } from "../../common/enums";
import { Column, EnumField, LocalDateField, LocalNumberField } from "../../common/fields";
import { RegistryList } from "../../common/RegistryList";
import { ProvinceField } from "../../common/TerritoryFields";
import { territoryFilters } from "../../common/TerritoryInputs";

const filters = [
  ...territoryFilters,
  <SelectInput key="type" source="type" choices={choicesOf("centerType")} alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesOf("centerStatus")} />,
  <SelectInput key="areaType" source="areaType" choices={choicesOf("areaType")} />,
];

export function CenterList() {
  return (
    <RegistryList filters={filters}>
      <Column source="name" />
      <Column source="type">
        <EnumField source="type" list="centerType" />
      </Column>
      <Column source="provinceCode" field={ProvinceField} />
      <Column source="capacity" field={LocalNumberField} />
      <Column source="status">
        <EnumField source="status" list="centerStatus" />
      </Column>
      <Column source="openedOn" field={LocalDateField} />
    </RegistryList>
  );
}
