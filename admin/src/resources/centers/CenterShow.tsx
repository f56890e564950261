import { NumberField, SimpleShowLayout, TextField } from "react-admin";
import { EnumField, LocalDateField, LocalNumberField } from "../../common/fields";
import { RegistryShow } from "../../common/pages";
import { ProvinceField, RegionField } from "../../common/TerritoryFields";

export function CenterShow() {
  return (
    <RegistryShow>
      <SimpleShowLayout>
        <TextField source="name" />
        <EnumField source="type" list="centerType" />
        <RegionField source="regionCode" />
        <ProvinceField source="provinceCode" />
        <EnumField source="areaType" list="areaType" />
        <LocalNumberField source="capacity" />
        <EnumField source="status" list="centerStatus" />
        <LocalDateField source="openedOn" />
        <LocalDateField source="closedOn" emptyText="—" />
        <TextField source="managedBy" emptyText="—" />
        <NumberField source="location.lat" emptyText="—" />
        <NumberField source="location.lng" emptyText="—" />
        <LocalDateField source="updatedAt" showTime />
      </SimpleShowLayout>
    </RegistryShow>
  );
}
