import { SimpleShowLayout, TextField } from "react-admin";
import { EnumField, LocalDateField, LocalNumberField } from "../../common/fields";
import { RegistryShow } from "../../common/pages";
import { ProvinceField, RegionField } from "../../common/TerritoryFields";
import { HostsPanel } from "./HostsPanel";

export function SpaceShow() {
  return (
    <RegistryShow>
      <SimpleShowLayout>
        <TextField source="name" />
        <RegionField source="regionCode" />
        <ProvinceField source="provinceCode" />
        <LocalDateField source="openedOn" />
        <LocalNumberField source="stalls" />
        <LocalNumberField source="hostsActive" emptyText="0" />
        <EnumField source="status" list="spaceStatus" />
      </SimpleShowLayout>
      <HostsPanel />
    </RegistryShow>
  );
}
