import type { ListColumn } from "../resources/listColumns";
import { Column, EnumChipsField, EnumField, LocalDateField, LocalNumberField } from "./fields";
import { BirthDateField, IdentifierField, PersonTextField } from "./personFields";
import { BeneficiaryReferenceField, CenterReferenceField } from "./references";
import { ProvinceField, RegionField } from "./TerritoryFields";

const fieldOf = {
  text: undefined,
  number: LocalNumberField,
  date: LocalDateField,
  province: ProvinceField,
  region: RegionField,
  person: PersonTextField,
  identifier: IdentifierField,
  birthDate: BirthDateField,
} as const;

/** One list column from its description (resources/listColumns.ts). */
function columnOf(column: ListColumn) {
  const { source } = column;
  switch (column.kind) {
    case "enum":
      return (
        <Column key={source} source={source}>
          <EnumField source={source} list={column.list} />
        </Column>
      );
    case "enums":
      return (
        <Column key={source} source={source}>
          <EnumChipsField source={source} list={column.list} />
        </Column>
      );
    case "reference":
      return (
        <Column key={source} source={source}>
          {column.reference === "centers" ? (
            <CenterReferenceField source={source} />
          ) : (
            <BeneficiaryReferenceField source={source} />
          )}
        </Column>
      );
    default:
      return <Column key={source} source={source} field={fieldOf[column.kind]} />;
  }
}

/** A registry list's columns, as its description lists them. */
export const listColumnsOf = (columns: readonly ListColumn[]) => columns.map(columnOf);
