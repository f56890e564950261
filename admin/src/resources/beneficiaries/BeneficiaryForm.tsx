import { Stack } from "@mui/material";
import { BooleanInput, CheckboxGroupInput, required, SelectInput, SimpleForm, TextInput } from "react-admin";
import { useWatch } from "react-hook-form";
import { DayInput } from "../../common/DayInput";
import { choicesOf } from "../../common/enums";
import { RegistryCreate, RegistryEdit } from "../../common/pages";
import { ProvinceInput, RegionInput } from "../../common/TerritoryInputs";

/** Asked only when the person's categories include disability (the API requires it then, and refuses it otherwise). */
function DisabilityTypeInput() {
  const categories = (useWatch({ name: "categories" }) as string[] | undefined) ?? [];
  if (!categories.includes("disability")) return null;
  return <SelectInput source="disabilityType" choices={choicesOf("disabilityType")} validate={required()} />;
}

function BeneficiaryForm() {
  return (
    <SimpleForm>
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <TextInput source="firstName" validate={required()} />
        <TextInput source="lastName" validate={required()} />
        <TextInput source="nationalId" parse={(v: string) => v.toUpperCase()} />
      </Stack>
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <SelectInput source="sex" choices={choicesOf("sex")} validate={required()} />
        <DayInput source="birthDate" validate={required()} />
        <TextInput source="phone" />
      </Stack>
      <CheckboxGroupInput source="categories" choices={choicesOf("category")} validate={required()} />
      <DisabilityTypeInput />
      <Stack direction={{ xs: "column", md: "row" }} gap={2}>
        <RegionInput isRequired />
        <ProvinceInput isRequired />
        <SelectInput source="areaType" choices={choicesOf("areaType")} validate={required()} />
      </Stack>
      <BooleanInput source="consentGiven" />
    </SimpleForm>
  );
}

export const BeneficiaryCreate = () => (
  <RegistryCreate defaults={{ categories: [], consentGiven: false, areaType: "urban" }}>
    <BeneficiaryForm />
  </RegistryCreate>
);

export const BeneficiaryEdit = () => (
  <RegistryEdit>
    <BeneficiaryForm />
  </RegistryEdit>
);
