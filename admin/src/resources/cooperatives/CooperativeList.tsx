import { NullableBooleanInput, SelectInput } from "react-admin";
import { choicesOf } from "../../common/enums";
import { Column, EnumField, LocalDateField, LocalNumberField } from "../../common/fields";
import { RegistryList } from "../../common/RegistryList";
import { ProvinceField } from "../../common/TerritoryFields";
import { territoryFilters } from "../../common/TerritoryInputs";

const filters = [
  ...territoryFilters,
  <SelectInput key="sector" source="sector" choices={choicesOf("sector")} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={choicesOf("cooperativeKind")} />,
  <NullableBooleanInput key="foundedByGraduates" source="foundedByGraduates" />,
];

export function CooperativeList() {
  return (
    <RegistryList filters={filters}>
      <Column source="name" />
      <Column source="kind">
        <EnumField source="kind" list="cooperativeKind" />
      </Column>
      <Column source="sector">
        <EnumField source="sector" list="sector" />
      </Column>
      <Column source="provinceCode" field={ProvinceField} />
      <Column source="members" field={LocalNumberField} />
      <Column source="foundedOn" field={LocalDateField} />
    </RegistryList>
  );
}
