import { Stack } from "@mui/material";
import { required, SelectInput, SimpleForm } from "react-admin";
import { DayInput } from "../../common/DayInput";
import { choicesOf } from "../../common/enums";
import { RegistryCreate, RegistryEdit } from "../../common/pages";
import { BeneficiaryInput, CenterInput } from "../../common/references";

/** Who is enrolled where can't change (the API refuses it): an edit only changes the service and dates. */
function EnrollmentForm({ editing }: { editing?: boolean }) {
  return (
    <SimpleForm>
      <BeneficiaryInput isRequired disabled={editing} />
      <CenterInput isRequired disabled={editing} />
      <SelectInput source="service" choices={choicesOf("service")} validate={required()} />
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <DayInput source="startDate" validate={required()} />
        <DayInput source="endDate" />
      </Stack>
    </SimpleForm>
  );
}

export const EnrollmentCreate = () => (
  <RegistryCreate>
    <EnrollmentForm />
  </RegistryCreate>
);

export const EnrollmentEdit = () => (
  <RegistryEdit>
    <EnrollmentForm editing />
  </RegistryEdit>
);
