import { SelectInput, TextInput } from "react-admin";
import { choicesOf } from "../../common/enums";
import { RegistryList } from "../../common/RegistryList";
import { territoryFilters } from "../../common/TerritoryInputs";
import { listColumns } from "../listColumns";

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
  return <RegistryList filters={filters} columns={listColumns.beneficiaries} />;
}
