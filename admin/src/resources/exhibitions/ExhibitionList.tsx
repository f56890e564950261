import { SelectInput } from "react-admin";
import { choicesOf } from "../../common/enums";
import { Column, EnumField, LocalDateField, LocalNumberField } from "../../common/fields";
import { RegistryList } from "../../common/RegistryList";
import { ProvinceField } from "../../common/TerritoryFields";
import { territoryFilters } from "../../common/TerritoryInputs";

const filters = [
  ...territoryFilters,
  <SelectInput key="scope" source="scope" choices={choicesOf("exhibitionScope")} alwaysOn />,
];

export function ExhibitionList() {
  return (
    <RegistryList filters={filters}>
      <Column source="name" />
      <Column source="scope">
        <EnumField source="scope" list="exhibitionScope" />
      </Column>
      <Column source="provinceCode" field={ProvinceField} />
      <Column source="startDate" field={LocalDateField} />
      <Column source="endDate" field={LocalDateField} />
      <Column source="participantCount" field={LocalNumberField} />
    </RegistryList>
  );
}
