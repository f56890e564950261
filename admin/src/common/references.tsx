import { AutocompleteInput, type RaRecord, ReferenceField, ReferenceInput, required } from "react-admin";
import { isolate, personName } from "./isolate";

/**
 * Records that point at other records show the other record's name, never its
 * id, and link to it. The API has no name search: pickers load a page of 100
 * (optionally narrowed by a filter the API knows) and match the typed text in the browser.
 */
export const CenterReferenceField = ({ source = "centerId" }: { source?: string; label?: string }) => (
  <ReferenceField source={source} reference="centers" link="show" />
);
export const BeneficiaryReferenceField = ({ source = "beneficiaryId" }: { source?: string; label?: string }) => (
  <ReferenceField source={source} reference="beneficiaries" link="show" />
);
export const CooperativeReferenceField = ({ source = "cooperativeId" }: { source?: string; label?: string }) => (
  <ReferenceField source={source} reference="cooperatives" link="show" />
);

const beneficiaryLabel = (record: RaRecord) =>
  personName(record) + (record.nationalId ? ` (${isolate(record.nationalId)})` : "");
const nameLabel = (record: RaRecord) => String(record.name ?? record.id);

const matches = (label: (record: RaRecord) => string) => (text: string, choice: RaRecord) =>
  label(choice).toLocaleLowerCase().includes(text.toLocaleLowerCase());

/** A CIN typed in full finds its person directly (the API's exact national ID filter). */
const beneficiarySearch = (text: string) =>
  /^[A-Z]{1,2}[0-9]{1,6}$/.test(text.trim()) ? { nationalId: text.trim() } : {};

interface ReferenceInputProps {
  source?: string;
  isRequired?: boolean;
  filter?: Record<string, unknown>;
  disabled?: boolean;
  /** Read by react-admin's filter bar when the input is a list filter. */
  alwaysOn?: boolean;
  label?: string;
}

function PickerInput(
  props: ReferenceInputProps & {
    reference: string;
    optionLabel: (record: RaRecord) => string;
    search?: (text: string) => object;
  },
) {
  const { source, reference, optionLabel, label, isRequired, filter, disabled, search = () => ({}) } = props;
  if (!source) throw new Error(`A reference input to ${reference} needs a source`);
  return (
    <ReferenceInput source={source} reference={reference} perPage={100} filter={filter}>
      <AutocompleteInput
        label={label}
        optionText={optionLabel}
        inputText={optionLabel}
        matchSuggestion={matches(optionLabel)}
        filterToQuery={search}
        validate={isRequired ? required() : undefined}
        disabled={disabled}
        fullWidth
      />
    </ReferenceInput>
  );
}

export const CenterInput = ({ source = "centerId", ...props }: ReferenceInputProps) => (
  <PickerInput source={source} reference="centers" optionLabel={nameLabel} {...props} />
);
export const CooperativeInput = ({ source = "cooperativeId", ...props }: ReferenceInputProps) => (
  <PickerInput source={source} reference="cooperatives" optionLabel={nameLabel} {...props} />
);
export const BeneficiaryInput = ({ source = "beneficiaryId", ...props }: ReferenceInputProps) => (
  <PickerInput
    source={source}
    reference="beneficiaries"
    optionLabel={beneficiaryLabel}
    search={beneficiarySearch}
    {...props}
  />
);
