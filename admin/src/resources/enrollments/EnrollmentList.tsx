import { SelectInput } from "react-admin";
import { choicesOf } from "../../common/enums";
import { RegistryList } from "../../common/RegistryList";
import { CenterInput } from "../../common/references";
import { listColumns } from "../listColumns";

const filters = [
  <CenterInput key="centerId" source="centerId" alwaysOn />,
  <SelectInput key="service" source="service" choices={choicesOf("service")} alwaysOn />,
];

export function EnrollmentList() {
  return <RegistryList filters={filters} columns={listColumns.enrollments} />;
}
