import { SelectInput } from "react-admin";
import { choicesOf } from "../../common/enums";
import { RegistryList } from "../../common/RegistryList";
import { BeneficiaryInput } from "../../common/references";
import { listColumns } from "../listColumns";

const filters = [
  <BeneficiaryInput key="beneficiaryId" source="beneficiaryId" filter={{ category: "disability" }} alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesOf("grantStatus")} alwaysOn />,
];

export function GrantList() {
  return <RegistryList filters={filters} columns={listColumns.grants} />;
}
