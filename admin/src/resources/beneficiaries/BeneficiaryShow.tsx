import { Button, DataTable, Labeled, ReferenceManyField, SimpleShowLayout, TextField, useRecordContext, useTranslate, Pagination } from "react-admin";
import { Link } from "react-router-dom";
import AddIcon from "@mui/icons-material/Add";
import { Column, EnumChipsField, EnumField, LocalDateField } from "../../common/fields";
import { RegistryShow } from "../../common/pages";
import { CenterReferenceField } from "../../common/references";
import { ProvinceField, RegionField } from "../../common/TerritoryFields";
import { DuplicatesPanel } from "./DuplicatesPanel";

/** Opens the enrollment form with this person already chosen. */
function EnrollButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const source = encodeURIComponent(JSON.stringify({ beneficiaryId: record.id }));
  return <Button component={Link} to={`/enrollments/create?source=${source}`} label={translate("entraide.beneficiary.enroll")}><AddIcon /></Button>;
}

/** The person's enrollments, read from the API's per-beneficiary index. */
function EnrollmentsOfBeneficiary() {
  const translate = useTranslate();
  return (
    <Labeled label={translate("entraide.beneficiary.enrollments")} fullWidth>
      <ReferenceManyField reference="enrollments" target="beneficiaryId" perPage={25} pagination={<Pagination rowsPerPageOptions={[25]} />}>
        <DataTable bulkActionButtons={false} rowClick="show" resource="enrollments">
          <Column source="centerId"><CenterReferenceField /></Column>
          <Column source="service"><EnumField source="service" list="service" /></Column>
          <Column source="startDate" field={LocalDateField} />
          <Column source="endDate" field={LocalDateField} />
        </DataTable>
      </ReferenceManyField>
    </Labeled>
  );
}

export function BeneficiaryShow() {
  return (
    <RegistryShow>
      <SimpleShowLayout>
        <TextField source="firstName" />
        <TextField source="lastName" />
        <TextField source="nationalId" emptyText="—" />
        <EnumField source="sex" list="sex" />
        <LocalDateField source="birthDate" />
        <EnumChipsField source="categories" list="category" />
        <EnumField source="disabilityType" list="disabilityType" />
        <RegionField source="regionCode" />
        <ProvinceField source="provinceCode" />
        <EnumField source="areaType" list="areaType" />
        <TextField source="phone" emptyText="—" />
        <EnrollButton />
        <EnrollmentsOfBeneficiary />
        <DuplicatesPanel />
      </SimpleShowLayout>
    </RegistryShow>
  );
}
