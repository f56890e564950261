import { SelectInput, TextInput } from "react-admin";
import { choicesOf } from "../../common/enums";
import { Column, EnumChipsField, EnumField } from "../../common/fields";
import { BirthDateField, IdentifierField, PersonTextField } from "../../common/personFields";
import { RegistryList } from "../../common/RegistryList";
import { ProvinceField } from "../../common/TerritoryFields";
import { territoryFilters } from "../../common/TerritoryInputs";

const filters = [
  ...territoryFilters,
  <SelectInput
    key="category"
    source="category"
    label="resources.beneficiaries.fields.categories"
    choices={choicesOf("category")}
    alwaysOn
  />,
  <SelectInput key="sex" source="sex" choices={choicesOf("sex")} />,
  // The API finds a person by the exact CIN (a one-read lookup), not by part of it.
  <TextInput key="nationalId" source="nationalId" parse={(v: string) => v.trim().toUpperCase()} />,
];

export function BeneficiaryList() {
  return (
    <RegistryList filters={filters}>
      <Column source="lastName" field={PersonTextField} />
      <Column source="firstName" field={PersonTextField} />
      <Column source="nationalId" field={IdentifierField} />
      <Column source="sex">
        <EnumField source="sex" list="sex" />
      </Column>
      <Column source="categories">
        <EnumChipsField source="categories" list="category" />
      </Column>
      <Column source="provinceCode" field={ProvinceField} />
      <Column source="birthDate" field={BirthDateField} />
    </RegistryList>
  );
}
