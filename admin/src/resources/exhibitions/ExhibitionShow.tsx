import { SimpleShowLayout, TextField } from "react-admin";
import { EnumField, LocalDateField, LocalNumberField } from "../../common/fields";
import { RegistryShow } from "../../common/pages";
import { ProvinceField, RegionField } from "../../common/TerritoryFields";
import { ParticipantsPanel } from "./ParticipantsPanel";

export function ExhibitionShow() {
  return (
    <RegistryShow>
      <SimpleShowLayout>
        <TextField source="name" />
        <EnumField source="scope" list="exhibitionScope" />
        <RegionField source="regionCode" />
        <ProvinceField source="provinceCode" />
        <LocalDateField source="startDate" />
        <LocalDateField source="endDate" />
        <LocalNumberField source="participantCount" emptyText="0" />
      </SimpleShowLayout>
      <ParticipantsPanel />
    </RegistryShow>
  );
}
