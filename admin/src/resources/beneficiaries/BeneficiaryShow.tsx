import AddIcon from "@mui/icons-material/Add";
import type { ReactNode } from "react";
import {
  Button,
  CanAccess,
  DataTable,
  Labeled,
  Pagination,
  ReferenceManyField,
  SimpleShowLayout,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { Link } from "react-router-dom";
import { Column, EnumChipsField, EnumField, LocalDateField, LocalNumberField } from "../../common/fields";
import { RegistryShow } from "../../common/pages";
import { BirthDateField, IdentifierField, PersonTextField } from "../../common/personFields";
import { CenterReferenceField } from "../../common/references";
import { ProvinceField, RegionField } from "../../common/TerritoryFields";
import { DuplicatesPanel } from "./DuplicatesPanel";

/** Opens the enrollment form with this person already chosen (for those who may enroll). */
function EnrollButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const source = encodeURIComponent(JSON.stringify({ beneficiaryId: record.id }));
  return (
    <CanAccess action="create" resource="enrollments">
      <Button
        component={Link}
        to={`/enrollments/create?source=${source}`}
        label={translate("entraide.beneficiary.enroll")}
      >
        <AddIcon />
      </Button>
    </CanAccess>
  );
}

/** One of the person's records of another registry, read from that registry's per-beneficiary index. */
function OfBeneficiary({ heading, reference, children }: { heading: string; reference: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Labeled label={translate(heading)} fullWidth data-testid={`of-beneficiary-${reference}`}>
      <ReferenceManyField
        reference={reference}
        target="beneficiaryId"
        perPage={25}
        pagination={<Pagination rowsPerPageOptions={[25]} />}
      >
        <DataTable bulkActionButtons={false} rowClick="show" resource={reference}>
          {children}
        </DataTable>
      </ReferenceManyField>
    </Labeled>
  );
}

export function BeneficiaryShow() {
  return (
    <RegistryShow>
      <SimpleShowLayout>
        <PersonTextField source="firstName" />
        <PersonTextField source="lastName" />
        <IdentifierField source="nationalId" />
        <EnumField source="sex" list="sex" />
        <BirthDateField source="birthDate" />
        <EnumChipsField source="categories" list="category" />
        <EnumField source="disabilityType" list="disabilityType" />
        <RegionField source="regionCode" />
        <ProvinceField source="provinceCode" />
        <EnumField source="areaType" list="areaType" />
        <IdentifierField source="phone" />
        <EnrollButton />
        <OfBeneficiary heading="entraide.beneficiary.enrollments" reference="enrollments">
          <Column source="centerId">
            <CenterReferenceField />
          </Column>
          <Column source="service">
            <EnumField source="service" list="service" />
          </Column>
          <Column source="startDate" field={LocalDateField} />
          <Column source="endDate" field={LocalDateField} />
        </OfBeneficiary>
        <OfBeneficiary heading="session.beneficiary.aid" reference="aid-distributions">
          <Column source="kind">
            <EnumField source="kind" list="aidKind" />
          </Column>
          <Column source="date" field={LocalDateField} />
          <Column source="description" />
          <Column source="quantity" field={LocalNumberField} />
          <Column source="valueMad" field={LocalNumberField} />
        </OfBeneficiary>
        <OfBeneficiary heading="session.beneficiary.grants" reference="grants">
          <Column source="activity" />
          <Column source="amountMad" field={LocalNumberField} />
          <Column source="awardedOn" field={LocalDateField} />
          <Column source="status">
            <EnumField source="status" list="grantStatus" />
          </Column>
        </OfBeneficiary>
        <DuplicatesPanel />
      </SimpleShowLayout>
    </RegistryShow>
  );
}
