import { SimpleShowLayout } from "react-admin";
import { LocalDateField, LocalNumberField } from "../../common/fields";
import { RegistryShow } from "../../common/pages";
import { ProvinceField, RegionField } from "../../common/TerritoryFields";
import { AlertsPanel } from "./AlertsPanel";
import { CellTitle } from "./CellTitle";

export function CellShow() {
  return (
    <RegistryShow title={<CellTitle />}>
      <SimpleShowLayout>
        <RegionField source="regionCode" />
        <ProvinceField source="provinceCode" />
        <LocalDateField source="establishedOn" />
        <LocalDateField source="dissolvedOn" emptyText="—" />
        <LocalNumberField source="members" />
      </SimpleShowLayout>
      <AlertsPanel />
    </RegistryShow>
  );
}
