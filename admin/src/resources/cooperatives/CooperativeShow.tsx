import { BooleanField, SimpleShowLayout, TextField } from "react-admin";
import { EnumField, LocalDateField, LocalNumberField } from "../../common/fields";
import { RegistryShow } from "../../common/pages";
import { CenterReferenceField } from "../../common/references";
import { ProvinceField, RegionField } from "../../common/TerritoryFields";

export function CooperativeShow() {
  return (
    <RegistryShow>
      <SimpleShowLayout>
        <TextField source="name" />
        <EnumField source="kind" list="cooperativeKind" />
        <EnumField source="sector" list="sector" />
        <LocalNumberField source="members" />
        <LocalDateField source="foundedOn" />
        <RegionField source="regionCode" />
        <ProvinceField source="provinceCode" />
        <BooleanField source="foundedByGraduates" />
        <CenterReferenceField source="originCenterId" />
      </SimpleShowLayout>
    </RegistryShow>
  );
}
